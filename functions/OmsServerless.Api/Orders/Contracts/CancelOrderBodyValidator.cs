using FluentValidation;

namespace OmsServerless.Api.Orders.Contracts;

public sealed class CancelOrderBodyValidator : AbstractValidator<CancelOrderBody>
{
    public CancelOrderBodyValidator()
    {
        RuleFor(b => b.Reason).NotEmpty().WithMessage("is required.").MaximumLength(500).WithMessage("may be at most 500 characters.");
        RuleForEach(b => b.LineIds).NotEmpty().WithMessage("must be a line id.");
    }
}
