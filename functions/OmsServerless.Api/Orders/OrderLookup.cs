using OmsServerless.Api.Http;
using OmsServerless.Api.Problems;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Api.Orders;

internal static class OrderLookup
{
    public static async Task<StoredOrder> RequireAsync(IOrderRepository orders, string orderId, CancellationToken cancellationToken) =>
        (Identifiers.IsValid(orderId) ? await orders.FindAsync(orderId, cancellationToken) : null)
            ?? throw new ApiProblemException(ProblemType.OrderNotFound, $"Order '{orderId}' does not exist.");
}
