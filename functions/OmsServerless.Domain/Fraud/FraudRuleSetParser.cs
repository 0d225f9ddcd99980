using System.Text.Json;
using System.Text.RegularExpressions;
using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Fraud;

/// <summary>
/// Reads and validates a fraud rule set document. Rule sets are data edited by operations, so a bad one is answered
/// with every error and its JSON path, and is never half-applied.
/// </summary>
/// <remarks>
/// Shape:
/// <code>
/// {
///   "id": "demo-retailer", "version": 3, "currency": "USD", "description": "...",
///   "thresholds": { "review": 50, "reject": 90 },
///   "rules": [
///     { "id": "customer-burst", "type": "velocity", "score": 30, "hardReject": false, "enabled": true,
///       "description": "...", "dimension": "customer", "windowHours": 1, "maxOrders": 3 }
///   ]
/// }
/// </code>
/// Each rule has <c>id</c>, <c>type</c> and <c>score</c> (0-1000), optional <c>hardReject</c>, <c>enabled</c> and
/// <c>description</c>, plus the parameters of its type (see the classes in <c>Fraud/Rules</c>). Unknown properties
/// are errors, so a misspelt parameter is caught instead of silently ignored.
/// </remarks>
public static partial class FraudRuleSetParser
{
    private const int MaxScore = 1000;
    private const int MaxThreshold = 100_000;

    public static FraudRuleSetParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<FraudRuleSetError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            return Invalid(new FraudRuleSetError(exception.Path ?? "$", $"is not valid JSON: {exception.Message}"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Invalid(new FraudRuleSetError("$", "must be a JSON object."));
            }

            FraudRuleSet? ruleSet = ReadRuleSet(new FraudJsonObject(document.RootElement, "$", errors));
            return errors.Count == 0 && ruleSet is not null
                ? new FraudRuleSetParseResult(ruleSet, [])
                : new FraudRuleSetParseResult(null, errors);
        }
    }

    private static FraudRuleSet? ReadRuleSet(FraudJsonObject root)
    {
        string? id = Identifier(root, "id");
        int? version = root.Integer("version", required: true, minimum: 1, maximum: int.MaxValue);
        string? currency = root.String("currency", required: true, maxLength: 3);
        if (currency is not null && !IsoCurrency.IsKnown(currency))
        {
            root.Error(root.PathOf("currency"), $"must be an ISO 4217 currency code in upper case, not '{currency}'.");
            currency = null;
        }

        string? description = root.String("description", required: false, maxLength: 500);
        FraudThresholds? thresholds = root.Object("thresholds") is { } thresholdsJson ? ReadThresholds(thresholdsJson) : null;
        List<FraudRule>? rules = root.ObjectArray("rules") is { } rulesJson ? ReadRules(rulesJson, currency ?? string.Empty) : null;
        root.RejectUnknownProperties();

        return id is null || version is null || currency is null || thresholds is null || rules is null
            ? null
            : new FraudRuleSet(id, version.Value, currency, description, thresholds, rules);
    }

    private static FraudThresholds? ReadThresholds(FraudJsonObject json)
    {
        int? review = json.Integer("review", required: true, minimum: 1, maximum: MaxThreshold);
        int? reject = json.Integer("reject", required: true, minimum: 1, maximum: MaxThreshold);
        json.RejectUnknownProperties();
        if (review is null || reject is null)
        {
            return null;
        }

        if (reject <= review)
        {
            json.Error(json.PathOf("reject"), $"must be greater than review ({review}), not {reject}.");
            return null;
        }

        return new FraudThresholds(review.Value, reject.Value);
    }

    private static List<FraudRule>? ReadRules(IReadOnlyList<FraudJsonObject> rulesJson, string currency)
    {
        var rules = new List<FraudRule>();
        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        bool allValid = true;
        foreach (FraudJsonObject ruleJson in rulesJson)
        {
            string? id = Identifier(ruleJson, "id");
            if (id is not null && !firstPathById.TryAdd(id, ruleJson.PathOf("id")))
            {
                ruleJson.Error(ruleJson.PathOf("id"), $"'{id}' is already used by {firstPathById[id]}.");
                id = null;
            }

            FraudRule? rule = ReadRule(ruleJson, id, currency);
            ruleJson.RejectUnknownProperties();
            if (rule is null)
            {
                allValid = false;
            }
            else
            {
                rules.Add(rule);
            }
        }

        return allValid && rules.Count == rulesJson.Count ? rules : null;
    }

    private static FraudRule? ReadRule(FraudJsonObject json, string? id, string currency)
    {
        string? type = json.String("type", required: true, maxLength: 100);
        int? score = json.Integer("score", required: true, minimum: 0, maximum: MaxScore);
        bool hardReject = json.Boolean("hardReject", defaultValue: false);
        bool enabled = json.Boolean("enabled", defaultValue: true);
        string? description = json.String("description", required: false, maxLength: 500);
        if (type is null)
        {
            return null;
        }

        if (!FraudRuleCatalog.TryGetReader(type, out FraudRuleCatalog.RuleReader reader))
        {
            json.Error(json.PathOf("type"), $"'{type}' is not a rule type; use one of {string.Join(", ", FraudRuleCatalog.TypeNames)}.");
            return null;
        }

        var header = new FraudRuleHeader(id ?? string.Empty, type, score ?? 0, hardReject, enabled, description);
        FraudRule? rule = reader(header, json, currency);
        return id is null || score is null ? null : rule;
    }

    private static string? Identifier(FraudJsonObject json, string name)
    {
        string? value = json.String(name, required: true, maxLength: 64);
        if (value is not null && !IdentifierPattern().IsMatch(value))
        {
            json.Error(json.PathOf(name), $"must use lower-case letters, digits and hyphens only, not '{value}'.");
            return null;
        }

        return value;
    }

    private static FraudRuleSetParseResult Invalid(FraudRuleSetError error) => new(null, [error]);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
