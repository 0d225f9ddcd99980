using FluentValidation;
using OmsServerless.Api.Http;

namespace OmsServerless.Api.Inventory.Contracts;

public sealed class CartAvailabilityRequestValidator : AbstractValidator<CartAvailabilityRequest>
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 9999;

    public CartAvailabilityRequestValidator()
    {
        RuleFor(r => r.Lines).NotEmpty().WithMessage("must list at least one line.");
        RuleFor(r => r.Lines!.Count).LessThanOrEqualTo(MaxLines).When(r => r.Lines is not null)
            .OverridePropertyName("lines").WithMessage($"may list at most {MaxLines} lines.");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required.")
                .Must(Identifiers.IsValid).WithMessage(Identifiers.Rule + ".");
            line.RuleFor(l => l.Quantity).Cascade(CascadeMode.Stop).NotNull().WithMessage("is required.")
                .InclusiveBetween(1, MaxQuantity).WithMessage($"must be between 1 and {MaxQuantity}.");
        }).When(r => r.Lines is not null);
        RuleFor(r => r.Destination!.PostalCode).NotEmpty().When(r => r.Destination is not null)
            .OverridePropertyName("destination.postalCode").WithMessage("is required when a destination is given.");
    }
}
