namespace OmsServerless.Domain.Fraud.Rules;

/// <summary>
/// <c>skuQuantity</c>: more than <c>maxQuantity</c> units of one SKU in the order (resellers, card testing with gift
/// cards). Optional <c>skus</c> limits the rule to listed SKUs; an entry ending in "*" matches a SKU prefix.
/// </summary>
internal sealed class SkuQuantityRule : FraudRule
{
    public const string TypeName = "skuQuantity";

    private readonly int maxQuantity;
    private readonly IReadOnlyList<string>? skus;

    private SkuQuantityRule(FraudRuleHeader header, int maxQuantity, IReadOnlyList<string>? skus)
        : base(header)
    {
        this.maxQuantity = maxQuantity;
        this.skus = skus;
    }

    internal static SkuQuantityRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency)
    {
        int? maxQuantity = json.Integer("maxQuantity", required: true, minimum: 1, maximum: 100_000);
        IReadOnlyList<string>? skus = json.StringList("skus", required: false);
        return maxQuantity is null ? null : new SkuQuantityRule(header, maxQuantity.Value, skus);
    }

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        var over = context.Lines
            .Where(line => AppliesTo(line.Sku))
            .GroupBy(line => line.Sku, StringComparer.Ordinal)
            .Select(group => (Sku: group.Key, Quantity: group.Sum(line => line.Quantity)))
            .Where(total => total.Quantity > maxQuantity)
            .ToList();
        return over.Count == 0
            ? FraudRuleEvaluation.NotFired
            : FraudRuleEvaluation.Fired(
                $"{string.Join(", ", over.Select(total => $"{total.Quantity} x {total.Sku}"))}: more than {maxQuantity} units of one SKU.");
    }

    private bool AppliesTo(string sku) =>
        skus is null || skus.Any(listed => listed.EndsWith('*')
            ? sku.StartsWith(listed[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(sku, listed, StringComparison.OrdinalIgnoreCase));
}
