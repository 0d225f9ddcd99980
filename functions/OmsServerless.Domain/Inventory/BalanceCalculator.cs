namespace OmsServerless.Domain.Inventory;

/// <summary>The rules for how each movement type changes a balance.</summary>
public static class BalanceCalculator
{
    public static InventoryBalance Apply(InventoryBalance balance, InventoryMovement movement)
    {
        ArgumentNullException.ThrowIfNull(balance);
        ArgumentNullException.ThrowIfNull(movement);
        if (!string.Equals(balance.Sku, movement.Sku, StringComparison.Ordinal) ||
            !string.Equals(balance.NodeId, movement.NodeId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The movement belongs to another balance.", nameof(movement));
        }

        int quantity = movement.Quantity;
        if (movement.Type != MovementType.Adjustment && quantity < 0)
        {
            throw new InventoryRuleViolation($"A {movement.Type} quantity cannot be negative.");
        }

        InventoryBalance next = movement.Type switch
        {
            MovementType.Receipt => balance with { OnHand = checked(balance.OnHand + quantity), InTransit = Math.Max(0, balance.InTransit - quantity) },
            MovementType.Inbound => balance with { InTransit = checked(balance.InTransit + quantity) },
            MovementType.Adjustment => balance with { OnHand = checked(balance.OnHand + quantity) },
            MovementType.CycleCount => balance with { OnHand = quantity, Unavailable = Math.Min(balance.Unavailable, quantity) },
            MovementType.Damage => balance with { Unavailable = checked(balance.Unavailable + quantity) },
            MovementType.SafetyStockChange => balance with { SafetyStock = quantity },
            MovementType.Reservation => Reserve(balance, quantity),
            MovementType.Release => balance with { Reserved = balance.Reserved - Math.Min(quantity, balance.Reserved) },
            MovementType.Consumption => balance with { OnHand = balance.OnHand - quantity, Reserved = Math.Max(0, balance.Reserved - quantity) },
            MovementType.PosSale => balance with { OnHand = balance.OnHand - quantity },
            _ => throw new ArgumentOutOfRangeException(nameof(movement), movement.Type, "Unknown movement type."),
        };

        if (next.OnHand < 0)
        {
            throw new InventoryRuleViolation(
                $"{movement.Type} of {quantity} would leave on hand at {next.OnHand} for {movement.Sku} at {movement.NodeId}.");
        }

        if (next.Unavailable > next.OnHand)
        {
            throw new InventoryRuleViolation(
                $"Only {balance.OnHand - balance.Unavailable} units of {movement.Sku} at {movement.NodeId} can be marked unavailable.");
        }

        return next;
    }

    private static InventoryBalance Reserve(InventoryBalance balance, int quantity)
    {
        if (quantity > balance.AvailableToPromise)
        {
            throw new InventoryRuleViolation(
                $"Cannot reserve {quantity} of {balance.Sku} at {balance.NodeId}: {balance.AvailableToPromise} available to promise.");
        }

        return balance with { Reserved = balance.Reserved + quantity };
    }
}
