namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// How an order's lines to one destination may be divided across nodes. Limits apply per destination (the customer's
/// address, or one store for ship-to-store); pickups and backorders are not counted as shipments. Lines of the same
/// SKU to the same destination draw on the same stock, so they are sourced as one line (and ship from one node under
/// <see cref="SplitPolicy.SplitByLine"/>).
/// </summary>
/// <param name="MaxShipments">Upper bound on shipments per destination; null means no bound beyond the policy.</param>
/// <param name="MinShipmentValue">When a destination gets more than one shipment, each must carry at least this much merchandise value.</param>
public sealed record SplitRules(SplitPolicy Policy, int? MaxShipments, decimal MinShipmentValue);
