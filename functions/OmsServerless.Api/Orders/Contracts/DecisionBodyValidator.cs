using FluentValidation;

namespace OmsServerless.Api.Orders.Contracts;

public sealed class DecisionBodyValidator : AbstractValidator<DecisionBody>
{
    public DecisionBodyValidator()
    {
        RuleFor(b => b.Approve).NotNull().WithMessage("is required: true or false.");
        RuleFor(b => b.Note).NotEmpty().WithMessage("is required.").MaximumLength(1000).WithMessage("may be at most 1000 characters.");
    }
}
