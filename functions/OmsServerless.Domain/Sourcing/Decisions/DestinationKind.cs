namespace OmsServerless.Domain.Sourcing.Decisions;

public enum DestinationKind
{
    /// <summary>A parcel to the customer's address.</summary>
    CustomerAddress,

    /// <summary>A parcel to a store, where the customer collects it.</summary>
    Store,

    /// <summary>No transport: picked or held at the store the customer collects from.</summary>
    InStore,
}
