namespace OmsServerless.Domain.Fraud.Rules;

/// <summary><c>emailDomain</c>: the customer's email is at a listed domain or one of its subdomains (disposable mail services).</summary>
internal sealed class EmailDomainRule : FraudRule
{
    public const string TypeName = "emailDomain";

    private readonly IReadOnlyList<string> domains;

    private EmailDomainRule(FraudRuleHeader header, IReadOnlyList<string> domains)
        : base(header) => this.domains = domains;

    internal static EmailDomainRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency) =>
        json.StringList("domains", required: true) is { } domains
            ? new EmailDomainRule(header, [.. domains.Select(domain => domain.TrimStart('@').ToLowerInvariant())])
            : null;

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        int at = context.CustomerEmail.LastIndexOf('@');
        if (at < 0)
        {
            return FraudRuleEvaluation.NotFired;
        }

        string emailDomain = context.CustomerEmail[(at + 1)..].Trim().ToLowerInvariant();
        string? listed = domains.FirstOrDefault(domain =>
            emailDomain == domain || emailDomain.EndsWith("." + domain, StringComparison.Ordinal));
        return listed is null
            ? FraudRuleEvaluation.NotFired
            : FraudRuleEvaluation.Fired($"Email domain {emailDomain} is on the high-risk list ({listed}).");
    }
}
