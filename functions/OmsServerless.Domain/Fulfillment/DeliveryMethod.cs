namespace OmsServerless.Domain.Fulfillment;

/// <summary>How the customer receives an order line.</summary>
public enum DeliveryMethod
{
    /// <summary>Shipped by carrier to the customer's address, from whichever node routing picks.</summary>
    ShipToAddress,

    /// <summary>Buy online, pick up in store: paid online, collected at the chosen store.</summary>
    Bopis,

    /// <summary>Reserve online, pay in store: held at the chosen store only, paid at collection.</summary>
    Ropis,

    /// <summary>Shipped from another node to the chosen store, collected there.</summary>
    ShipToStore,
}
