namespace OmsServerless.Domain.Shipping;

/// <summary>Parcels up to <see cref="MaxWeightKg"/> (inclusive) pay the price of their zone.</summary>
/// <param name="PriceByZone">One price per zone of the rate card, in the retailer's currency.</param>
public sealed record WeightTier(double MaxWeightKg, IReadOnlyList<decimal> PriceByZone);
