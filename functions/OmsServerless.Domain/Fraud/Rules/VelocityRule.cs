namespace OmsServerless.Domain.Fraud.Rules;

/// <summary>
/// <c>velocity</c>: too many orders, or too much money, from one customer, card or shipping address within a window.
/// Parameters: <c>dimension</c> ("customer", "cardFingerprint", "shippingAddress"), <c>windowHours</c>, and
/// <c>maxOrders</c> and/or <c>maxAmount</c> (including this order).
/// </summary>
internal sealed class VelocityRule : FraudRule
{
    public const string TypeName = "velocity";

    private static readonly Dictionary<string, VelocityDimension> Dimensions = new(StringComparer.Ordinal)
    {
        ["customer"] = VelocityDimension.Customer,
        ["cardFingerprint"] = VelocityDimension.CardFingerprint,
        ["shippingAddress"] = VelocityDimension.ShippingAddress,
    };

    private readonly VelocityWindow window;
    private readonly int? maxOrders;
    private readonly decimal? maxAmount;
    private readonly string currency;

    private VelocityRule(FraudRuleHeader header, VelocityWindow window, int? maxOrders, decimal? maxAmount, string currency)
        : base(header)
    {
        this.window = window;
        this.maxOrders = maxOrders;
        this.maxAmount = maxAmount;
        this.currency = currency;
    }

    internal override IEnumerable<VelocityWindow> VelocityWindows => [window];

    internal static VelocityRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency)
    {
        VelocityDimension? dimension = json.Choice("dimension", Dimensions);
        int? windowHours = json.Integer("windowHours", required: true, minimum: 1, maximum: 24 * 90);
        int? maxOrders = json.Integer("maxOrders", required: false, minimum: 1, maximum: 100_000);
        decimal? maxAmount = json.PositiveDecimal("maxAmount", required: false);
        if (!json.Has("maxOrders") && !json.Has("maxAmount"))
        {
            json.Error(json.Path, "needs maxOrders, maxAmount or both.");
            return null;
        }

        bool limitsValid = (maxOrders is not null || !json.Has("maxOrders")) && (maxAmount is not null || !json.Has("maxAmount"));
        return dimension is null || windowHours is null || !limitsValid
            ? null
            : new VelocityRule(header, new VelocityWindow(dimension.Value, windowHours.Value), maxOrders, maxAmount, currency);
    }

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        bool dimensionAbsent = window.Dimension switch
        {
            VelocityDimension.CardFingerprint => context.CardFingerprint is null,
            VelocityDimension.ShippingAddress => context.ShippingAddress is null,
            _ => false,
        };
        if (dimensionAbsent)
        {
            return FraudRuleEvaluation.NotFired;
        }

        VelocityObservation? observation = context.Velocity.FirstOrDefault(candidate =>
            candidate.Dimension == window.Dimension && candidate.WindowHours == window.WindowHours);
        if (observation is null)
        {
            return FraudRuleEvaluation.NotEvaluated($"The context has no {window.Dimension} velocity for the last {window.WindowHours} h.");
        }

        int orders = observation.OrderCount + 1;
        if (maxOrders is { } orderLimit && orders > orderLimit)
        {
            return FraudRuleEvaluation.Fired(
                $"{orders} orders from this {Describe(window.Dimension)} within {window.WindowHours} h, above the limit of {orderLimit}.");
        }

        if (maxAmount is not { } amountLimit)
        {
            return FraudRuleEvaluation.NotFired;
        }

        if (CurrencyMismatch(context, currency) is { } mismatch)
        {
            return mismatch;
        }

        decimal amount = observation.Amount + context.OrderAmount;
        return amount > amountLimit
            ? FraudRuleEvaluation.Fired(
                $"{Money(amount, currency)} ordered from this {Describe(window.Dimension)} within {window.WindowHours} h, above the limit of {Money(amountLimit, currency)}.")
            : FraudRuleEvaluation.NotFired;
    }

    private static string Describe(VelocityDimension dimension) => dimension switch
    {
        VelocityDimension.Customer => "customer",
        VelocityDimension.CardFingerprint => "card",
        _ => "shipping address",
    };
}
