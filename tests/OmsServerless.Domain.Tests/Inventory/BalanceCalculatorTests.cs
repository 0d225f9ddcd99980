using OmsServerless.Domain.Inventory;

namespace OmsServerless.Domain.Tests.Inventory;

public sealed class BalanceCalculatorTests
{
    private static readonly InventoryBalance Stocked = new("SKU", "N", OnHand: 10, Reserved: 3, SafetyStock: 2, Unavailable: 1, InTransit: 0);

    [Fact]
    public void A_cycle_count_sets_on_hand_to_the_counted_quantity()
    {
        InventoryBalance after = BalanceCalculator.Apply(Stocked, Move(MovementType.CycleCount, 6));

        Assert.Equal(6, after.OnHand);
        Assert.Equal(3, after.Reserved);
    }

    [Fact]
    public void A_cycle_count_below_the_unavailable_units_caps_them()
    {
        InventoryBalance damaged = Stocked with { Unavailable = 5 };

        InventoryBalance after = BalanceCalculator.Apply(damaged, Move(MovementType.CycleCount, 2));

        Assert.Equal(2, after.Unavailable);
    }

    [Fact]
    public void Damage_makes_units_unavailable_without_removing_them()
    {
        InventoryBalance after = BalanceCalculator.Apply(Stocked, Move(MovementType.Damage, 2));

        Assert.Equal((10, 3), (after.OnHand, after.Unavailable));
        Assert.Equal(2, after.AvailableToPromise);
    }

    [Fact]
    public void Damage_beyond_the_sellable_units_is_refused()
    {
        Assert.Throws<InventoryRuleViolation>(() => BalanceCalculator.Apply(Stocked, Move(MovementType.Damage, 10)));
    }

    [Fact]
    public void A_negative_adjustment_below_zero_on_hand_is_refused()
    {
        Assert.Throws<InventoryRuleViolation>(() => BalanceCalculator.Apply(Stocked, Move(MovementType.Adjustment, -11)));
    }

    [Theory]
    [InlineData(MovementType.Receipt)]
    [InlineData(MovementType.Inbound)]
    [InlineData(MovementType.CycleCount)]
    [InlineData(MovementType.Damage)]
    [InlineData(MovementType.SafetyStockChange)]
    public void Only_adjustments_may_carry_a_negative_quantity(MovementType type)
    {
        Assert.Throws<InventoryRuleViolation>(() => BalanceCalculator.Apply(Stocked, Move(type, -1)));
    }

    [Fact]
    public void An_advance_ship_notice_puts_units_in_transit_and_their_receipt_takes_them_out()
    {
        InventoryBalance announced = BalanceCalculator.Apply(Stocked, Move(MovementType.Inbound, 6));
        InventoryBalance received = BalanceCalculator.Apply(announced, Move(MovementType.Receipt, 4));

        Assert.Equal((10, 6, 4), (announced.OnHand, announced.InTransit, announced.AvailableToPromise));
        Assert.Equal((14, 2, 8), (received.OnHand, received.InTransit, received.AvailableToPromise));
        Assert.Equal(0, BalanceCalculator.Apply(received, Move(MovementType.Receipt, 5)).InTransit);
    }

    [Fact]
    public void Consumption_ships_reserved_units_out_of_on_hand()
    {
        InventoryBalance after = BalanceCalculator.Apply(Stocked, Move(MovementType.Consumption, 3));

        Assert.Equal((7, 0), (after.OnHand, after.Reserved));
    }

    [Fact]
    public void A_release_never_drives_reserved_below_zero()
    {
        InventoryBalance after = BalanceCalculator.Apply(Stocked, Move(MovementType.Release, 5));

        Assert.Equal(0, after.Reserved);
    }

    [Fact]
    public void A_movement_for_another_balance_is_a_programming_error()
    {
        var elsewhere = new InventoryMovement("m", MovementType.Receipt, "SKU", "OTHER", 1, DateTimeOffset.UnixEpoch, "test");

        Assert.Throws<ArgumentException>(() => BalanceCalculator.Apply(Stocked, elsewhere));
    }

    private static InventoryMovement Move(MovementType type, int quantity) =>
        new("m", type, "SKU", "N", quantity, DateTimeOffset.UnixEpoch, "test");
}
