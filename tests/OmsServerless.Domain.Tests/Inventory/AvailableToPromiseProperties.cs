using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Domain.Tests.Inventory;

public sealed class AvailableToPromiseProperties
{
    [Property]
    public bool Atp_is_never_negative(int onHand, int reserved, int safetyStock, int unavailable) =>
        new InventoryBalance("SKU", "N", onHand, reserved, safetyStock, unavailable, 0).AvailableToPromise >= 0;

    [Property]
    public bool Atp_subtracts_reserved_safety_stock_and_unavailable_when_stock_covers_them(
        NonNegativeInt reserved, NonNegativeInt safetyStock, NonNegativeInt unavailable, NonNegativeInt spare)
    {
        int onHand = reserved.Get + safetyStock.Get + unavailable.Get + spare.Get;
        var balance = new InventoryBalance("SKU", "N", onHand, reserved.Get, safetyStock.Get, unavailable.Get, 0);
        return balance.AvailableToPromise == spare.Get;
    }

    [Property]
    public bool In_transit_stock_is_not_promised(NonNegativeInt onHand, NonNegativeInt inTransit) =>
        new InventoryBalance("SKU", "N", onHand.Get, 0, 0, 0, inTransit.Get).AvailableToPromise == onHand.Get;

    [Property]
    public Property Reserving_never_promises_more_than_atp()
    {
        Gen<(int OnHand, int Reserved, int Safety, int Request)> cases =
            from onHand in Gen.Choose(0, 50)
            from reserved in Gen.Choose(0, 50)
            from safety in Gen.Choose(0, 10)
            from request in Gen.Choose(1, 60)
            select (onHand, reserved, safety, request);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var balance = new InventoryBalance("SKU", "N", c.OnHand, c.Reserved, c.Safety, 0, 0);
            InventoryMovement reserve = new("r", MovementType.Reservation, "SKU", "N", c.Request, DateTimeOffset.UnixEpoch, "test");
            try
            {
                InventoryBalance after = BalanceCalculator.Apply(balance, reserve);
                return c.Request <= balance.AvailableToPromise && after.Reserved == c.Reserved + c.Request;
            }
            catch (InventoryRuleViolation)
            {
                return c.Request > balance.AvailableToPromise;
            }
        });
    }
}
