using Microsoft.DurableTask;
using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>Validates and normalises the shipping and billing addresses (structure per country, postal code geocodes).</summary>
public sealed class ValidateAddressesActivity(OrderUpdater orders, AddressValidator validator) : TaskActivity<string, AddressCheck>
{
    public override async Task<AddressCheck> RunAsync(TaskActivityContext context, string orderId)
    {
        Order order = await orders.UpdateAsync(orderId, order =>
        {
            if (order.Status != OrderStatus.Received)
            {
                return;
            }

            AddressValidationResult? shipping = order.ShippingAddress is null ? null : validator.Validate(order.ShippingAddress);
            AddressValidationResult? billing = order.BillingAddress is null ? null : validator.Validate(order.BillingAddress);
            order.RecordAddressValidation(shipping, billing, OrderUpdater.SystemActor, orders.Now);
        }, CancellationToken.None);

        bool valid = order.Status != OrderStatus.Rejected;
        return new AddressCheck(valid, order.RequiresPayment, valid ? "addresses valid" : order.Rejection?.Detail ?? "address invalid");
    }
}
