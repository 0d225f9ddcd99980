using System.Text.Json.Serialization;

namespace OmsServerless.Api.RuleSets;

/// <summary>A rule set document as sent, kept verbatim so the stored version is exactly what the operator published.</summary>
[JsonConverter(typeof(RuleSetDocumentConverter))]
public sealed record RuleSetDocument(string Json);
