namespace OmsServerless.Domain.Fraud.Rules;

/// <summary>
/// <c>denyList</c>: the customer id, email or card fingerprint is listed (confirmed fraud, chargeback abuse). Give at
/// least one of <c>customerIds</c>, <c>emails</c>, <c>cardFingerprints</c>; emails compare case-insensitively.
/// </summary>
internal sealed class DenyListRule : FraudRule
{
    public const string TypeName = "denyList";

    private readonly HashSet<string> customerIds;
    private readonly HashSet<string> emails;
    private readonly HashSet<string> cardFingerprints;

    private DenyListRule(FraudRuleHeader header, IEnumerable<string> customerIds, IEnumerable<string> emails, IEnumerable<string> cardFingerprints)
        : base(header)
    {
        this.customerIds = new HashSet<string>(customerIds, StringComparer.Ordinal);
        this.emails = new HashSet<string>(emails, StringComparer.OrdinalIgnoreCase);
        this.cardFingerprints = new HashSet<string>(cardFingerprints, StringComparer.Ordinal);
    }

    internal static DenyListRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency)
    {
        IReadOnlyList<string>? customerIds = json.StringList("customerIds", required: false);
        IReadOnlyList<string>? emails = json.StringList("emails", required: false);
        IReadOnlyList<string>? cardFingerprints = json.StringList("cardFingerprints", required: false);
        if (!json.Has("customerIds") && !json.Has("emails") && !json.Has("cardFingerprints"))
        {
            json.Error(json.Path, "needs at least one of customerIds, emails, cardFingerprints.");
            return null;
        }

        bool listsValid = (customerIds is not null || !json.Has("customerIds")) &&
                          (emails is not null || !json.Has("emails")) &&
                          (cardFingerprints is not null || !json.Has("cardFingerprints"));
        if (!listsValid)
        {
            return null;
        }

        return new DenyListRule(header, customerIds ?? [], emails ?? [], cardFingerprints ?? []);
    }

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        var matches = new List<string>();
        if (customerIds.Contains(context.CustomerId))
        {
            matches.Add($"customer {context.CustomerId}");
        }

        if (emails.Contains(context.CustomerEmail.Trim()))
        {
            matches.Add($"email {context.CustomerEmail}");
        }

        if (context.CardFingerprint is { } fingerprint && cardFingerprints.Contains(fingerprint))
        {
            matches.Add("card fingerprint");
        }

        return matches.Count == 0
            ? FraudRuleEvaluation.NotFired
            : FraudRuleEvaluation.Fired($"Deny-listed: {string.Join(", ", matches)}.");
    }
}
