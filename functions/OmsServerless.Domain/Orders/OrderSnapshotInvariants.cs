namespace OmsServerless.Domain.Orders;

/// <summary>What a stored order must satisfy before it is trusted again: a hand-edited or truncated document is refused, not repaired.</summary>
internal static class OrderSnapshotInvariants
{
    public static List<string> Check(OrderSnapshot snapshot)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(snapshot.OrderId) || string.IsNullOrWhiteSpace(snapshot.CustomerId) ||
            string.IsNullOrWhiteSpace(snapshot.CustomerEmail) || string.IsNullOrWhiteSpace(snapshot.Currency))
        {
            problems.Add("order id, customer id, customer email and currency are required");
        }

        if (snapshot.Version < 1)
        {
            problems.Add($"version must be at least 1, not {snapshot.Version}");
        }

        CheckLines(snapshot, problems);
        CheckTimeline(snapshot, problems);

        if ((snapshot.Status == OrderStatus.Rejected) != (snapshot.Rejection is not null))
        {
            problems.Add("a rejection is recorded exactly when the order is rejected");
        }

        if ((snapshot.Status == OrderStatus.ParkedForReview) != (snapshot.ParkedFrom is not null))
        {
            problems.Add("the parked-from status is recorded exactly when the order is parked");
        }

        return problems;
    }

    private static void CheckLines(OrderSnapshot snapshot, List<string> problems)
    {
        if (snapshot.Lines is null || snapshot.Lines.Count == 0)
        {
            problems.Add("an order has at least one line");
            return;
        }

        if (snapshot.Lines.Select(line => line.LineId).Distinct(StringComparer.Ordinal).Count() != snapshot.Lines.Count)
        {
            problems.Add("line ids must be unique");
        }

        foreach (OrderLine line in snapshot.Lines.Where(line => line.Quantity < 1))
        {
            problems.Add($"line {line.LineId} has quantity {line.Quantity}");
        }

        foreach (OrderLine line in snapshot.Lines.Where(line =>
                     line.Status is OrderLineStatus.Allocated or OrderLineStatus.Released &&
                     line.Allocations.Sum(allocation => allocation.Quantity) != line.Quantity))
        {
            problems.Add($"line {line.LineId} is {line.Status} but its allocations do not add up to its quantity");
        }
    }

    private static void CheckTimeline(OrderSnapshot snapshot, List<string> problems)
    {
        if (snapshot.Timeline is null || snapshot.Timeline.Count == 0)
        {
            problems.Add("the timeline is empty");
            return;
        }

        for (int index = 1; index < snapshot.Timeline.Count; index++)
        {
            if (snapshot.Timeline[index].Version != snapshot.Timeline[index - 1].Version + 1)
            {
                problems.Add($"timeline entry {index} has version {snapshot.Timeline[index].Version} after {snapshot.Timeline[index - 1].Version}");
                return;
            }
        }

        if (snapshot.Timeline[^1].Version != snapshot.Version)
        {
            problems.Add($"the last timeline entry is version {snapshot.Timeline[^1].Version}, the order version {snapshot.Version}");
        }

        if (snapshot.Timeline[^1].ToStatus != snapshot.Status)
        {
            problems.Add($"the last timeline entry ends in {snapshot.Timeline[^1].ToStatus}, the order is {snapshot.Status}");
        }
    }
}
