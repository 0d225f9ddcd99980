namespace OmsServerless.Domain.Shipping;

/// <summary>What rate shopping optimises when several services can carry a parcel.</summary>
public enum ServiceLevel
{
    /// <summary>Lowest price; fewer transit days break ties.</summary>
    Cheapest,

    /// <summary>Fewest transit days; lower price breaks ties.</summary>
    Fastest,
}
