namespace OmsServerless.Domain.Orders;

/// <summary>The order changed since it was read; re-read it, re-apply the change, write again.</summary>
public sealed class OrderConcurrencyException(string orderId)
    : Exception($"Order {orderId} changed since it was read.")
{
    public string OrderId { get; } = orderId;
}
