using System.Text.Json;
using OmsServerless.Domain.RuleSets;

namespace OmsServerless.Api.RuleSets;

/// <summary>A rule set in force: what it is, its version, and the document itself.</summary>
public sealed record RuleSetResponse(RuleSetKind Kind, string Id, int Version, JsonElement Document)
{
    public static RuleSetResponse From(PublishedRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        using JsonDocument document = JsonDocument.Parse(ruleSet.Json);
        return new RuleSetResponse(ruleSet.Kind, ruleSet.Id, ruleSet.Version, document.RootElement.Clone());
    }
}
