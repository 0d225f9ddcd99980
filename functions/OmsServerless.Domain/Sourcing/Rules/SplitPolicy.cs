namespace OmsServerless.Domain.Sourcing.Rules;

public enum SplitPolicy
{
    /// <summary>Everything for a destination ships from one node.</summary>
    NoSplit,

    /// <summary>Fewest shipments first (units may split), then the ranking.</summary>
    MinimizeShipments,

    /// <summary>Each line ships whole from one node; different lines may come from different nodes.</summary>
    SplitByLine,

    /// <summary>Units of a line may come from several nodes; the ranking alone decides.</summary>
    SplitByUnit,
}
