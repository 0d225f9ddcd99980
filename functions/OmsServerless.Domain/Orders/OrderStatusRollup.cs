namespace OmsServerless.Domain.Orders;

/// <summary>Derives the order status from its lines once sourcing has started.</summary>
internal static class OrderStatusRollup
{
    /// <summary>
    /// Returns the status the lines add up to, or null when no line is active (all cancelled or unfillable), which the
    /// caller turns into Cancelled or Rejected. <paramref name="readyToSource"/> is the status of an order whose
    /// active lines all wait for sourcing again.
    /// </summary>
    public static OrderStatus? Derive(IReadOnlyList<OrderLine> lines, OrderStatus readyToSource)
    {
        List<OrderLineStatus> active = [.. lines.Where(line => line.IsActive).Select(line => line.Status)];
        if (active.Count == 0)
        {
            return null;
        }

        if (active.All(status => status == OrderLineStatus.PickedUp))
        {
            return OrderStatus.Completed;
        }

        if (active.All(status => status is OrderLineStatus.Shipped or OrderLineStatus.PickedUp))
        {
            return OrderStatus.Shipped;
        }

        if (active.Any(status => status is OrderLineStatus.Shipped or OrderLineStatus.PickedUp))
        {
            return OrderStatus.PartiallyShipped;
        }

        if (active.All(status => status == OrderLineStatus.ReadyForPickup))
        {
            return OrderStatus.ReadyForPickup;
        }

        if (active.Any(status => status is OrderLineStatus.Released or OrderLineStatus.ReadyForPickup))
        {
            return OrderStatus.Released;
        }

        if (active.Any(status => status == OrderLineStatus.Allocated))
        {
            return OrderStatus.Allocated;
        }

        return active.Any(status => status == OrderLineStatus.Backordered) ? OrderStatus.Backordered : readyToSource;
    }
}
