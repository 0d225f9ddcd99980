using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Orders;

/// <summary>What each delivery method implies for an order line.</summary>
public static class DeliveryMethodRules
{
    /// <summary>Every method but ROPIS is paid online; ROPIS is paid at the till when collected.</summary>
    public static bool IsPaidOnline(this DeliveryMethod method) => method != DeliveryMethod.Ropis;

    /// <summary>Collected at a store, so the line names the store.</summary>
    public static bool IsCollectedInStore(this DeliveryMethod method) =>
        method is DeliveryMethod.Bopis or DeliveryMethod.Ropis or DeliveryMethod.ShipToStore;

    /// <summary>Picked by the store the customer collects from, so the sourcing node must be that store.</summary>
    public static bool IsPickedAtCollectionStore(this DeliveryMethod method) =>
        method is DeliveryMethod.Bopis or DeliveryMethod.Ropis;
}
