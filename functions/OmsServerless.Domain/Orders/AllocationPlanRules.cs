namespace OmsServerless.Domain.Orders;

/// <summary>Checks that an allocation plan accounts for exactly the lines waiting for sourcing, and fits each of them.</summary>
internal static class AllocationPlanRules
{
    public static List<string> Check(AllocationPlan plan, IReadOnlyList<OrderLine> waiting, IReadOnlyList<OrderLine> allLines)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(plan.RoutingExplanationRef))
        {
            problems.Add("the routing explanation reference is missing");
        }

        if (plan.SourcingRuleSet is null || string.IsNullOrWhiteSpace(plan.SourcingRuleSet.Id) || plan.SourcingRuleSet.Version < 1)
        {
            problems.Add("the sourcing rule set id and version are missing");
        }

        Dictionary<string, OrderLine> waitingById = waiting.ToDictionary(line => line.LineId, StringComparer.Ordinal);
        var outcomeByLine = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckAllocations(plan.Allocations ?? [], waitingById, allLines, outcomeByLine, problems);
        CheckListed(plan.BackorderedLineIds ?? [], "backordered", waitingById, allLines, outcomeByLine, problems);
        CheckListed(plan.UnfillableLineIds ?? [], "unfillable", waitingById, allLines, outcomeByLine, problems);

        foreach (OrderLine line in waiting.Where(line => !outcomeByLine.ContainsKey(line.LineId)))
        {
            problems.Add($"line {line.LineId} waits for sourcing but is neither allocated, backordered nor unfillable");
        }

        return problems;
    }

    private static void CheckAllocations(
        IReadOnlyList<LineAllocation> allocations,
        Dictionary<string, OrderLine> waitingById,
        IReadOnlyList<OrderLine> allLines,
        Dictionary<string, string> outcomeByLine,
        List<string> problems)
    {
        for (int index = 0; index < allocations.Count; index++)
        {
            LineAllocation allocation = allocations[index];
            string where = $"allocation {index} (line {allocation.LineId})";
            if (string.IsNullOrWhiteSpace(allocation.NodeId) || string.IsNullOrWhiteSpace(allocation.ShipmentId))
            {
                problems.Add($"{where} needs a node id and a shipment id");
            }

            if (allocation.Quantity < 1)
            {
                problems.Add($"{where} has quantity {allocation.Quantity}");
            }

            if (!waitingById.TryGetValue(allocation.LineId, out OrderLine? line))
            {
                problems.Add($"{where}: {NotWaiting(allocation.LineId, allLines)}");
                continue;
            }

            if (allocation.DeliveryMethod != line.DeliveryMethod)
            {
                problems.Add($"{where} is {allocation.DeliveryMethod} but the line is {line.DeliveryMethod}");
            }

            if (line.DeliveryMethod.IsPickedAtCollectionStore() && allocation.NodeId != line.StoreId)
            {
                problems.Add($"{where} comes from {allocation.NodeId} but the customer collects {line.DeliveryMethod} at {line.StoreId}");
            }

            outcomeByLine.TryAdd(line.LineId, "allocated");
        }

        foreach (IGrouping<string, LineAllocation> group in allocations.GroupBy(allocation => allocation.LineId, StringComparer.Ordinal))
        {
            if (waitingById.TryGetValue(group.Key, out OrderLine? line) && group.Sum(allocation => allocation.Quantity) != line.Quantity)
            {
                problems.Add($"line {line.LineId} has {group.Sum(allocation => allocation.Quantity)} of {line.Quantity} units allocated; a line is allocated in full or backordered");
            }
        }
    }

    private static void CheckListed(
        IReadOnlyList<string> lineIds,
        string outcome,
        Dictionary<string, OrderLine> waitingById,
        IReadOnlyList<OrderLine> allLines,
        Dictionary<string, string> outcomeByLine,
        List<string> problems)
    {
        foreach (string lineId in lineIds)
        {
            if (!waitingById.ContainsKey(lineId))
            {
                problems.Add($"{outcome} {NotWaiting(lineId, allLines)}");
            }
            else if (!outcomeByLine.TryAdd(lineId, outcome))
            {
                problems.Add($"line {lineId} is both {outcomeByLine[lineId]} and {outcome}");
            }
        }
    }

    private static string NotWaiting(string lineId, IReadOnlyList<OrderLine> allLines) =>
        allLines.FirstOrDefault(line => line.LineId == lineId) is { } line
            ? $"line {lineId} is {line.Status}, not waiting for sourcing"
            : $"line {lineId} does not exist";
}
