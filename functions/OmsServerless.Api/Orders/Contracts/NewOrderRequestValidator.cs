using FluentValidation;
using FluentValidation.Results;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Api.Orders.Contracts;

/// <summary>The domain's order-capture rules, reported through the API's validation pipeline with their JSON paths.</summary>
public sealed class NewOrderRequestValidator : AbstractValidator<NewOrderRequest>
{
    public NewOrderRequestValidator() =>
        RuleFor(request => request).Custom((request, context) =>
        {
            foreach (OrderCaptureFault fault in OrderCaptureValidator.Validate(request))
            {
                context.AddFailure(new ValidationFailure(fault.Path, fault.Message) { ErrorCode = fault.Code });
            }
        });
}
