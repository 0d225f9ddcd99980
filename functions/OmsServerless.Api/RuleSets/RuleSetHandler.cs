using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.RuleSets;

namespace OmsServerless.Api.RuleSets;

/// <summary>
/// GET rule-sets/{kind}: the sourcing or fraud rule set in force. PUT rule-sets/{kind}: publish the next version;
/// a document with faults (or the wrong version) is refused with every violation and its JSON path, and nothing
/// changes. Orders record the version that decided them.
/// </summary>
public sealed class RuleSetHandler(ApiPipeline pipeline, ApiRequest input, IRuleSetRepository ruleSets)
{
    private static readonly InlineValidator<RuleSetDocument> AnyDocument = [];

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Operations);

    public Task<IResult> GetAsync(HttpRequest request, string kind) =>
        pipeline.RunAsync(request, Access, async (_, cancellationToken) =>
            Results.Json(RuleSetResponse.From(await ruleSets.GetCurrentAsync(KindOf(kind), cancellationToken)), ApiJson.Options));

    public Task<IResult> PublishAsync(HttpRequest request, string kind) =>
        pipeline.RunAsync(request, Access, async (_, cancellationToken) =>
        {
            RuleSetKind ruleSetKind = KindOf(kind);
            RuleSetDocument document = await input.ReadJsonAsync(request, AnyDocument, cancellationToken);
            RuleSetPublication publication = await ruleSets.PublishAsync(ruleSetKind, document.Json, cancellationToken);
            if (publication.Published is null)
            {
                Dictionary<string, string[]> errors = publication.Violations
                    .GroupBy(v => v.Path, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(v => v.Reason).ToArray(), StringComparer.Ordinal);
                throw new ApiProblemException(ProblemType.RuleSetInvalid,
                    new StringBuilder().AppendJoin(" ", publication.Violations.Select(v => $"{v.Path}: {v.Reason}")).ToString(), errors);
            }

            return Results.Json(RuleSetResponse.From(publication.Published), ApiJson.Options, statusCode: StatusCodes.Status201Created);
        });

    private static RuleSetKind KindOf(string kind) =>
        Enum.TryParse(kind, ignoreCase: true, out RuleSetKind parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ApiProblemException(ProblemType.RuleSetNotFound, $"'{kind}' is not a kind of rule set; use sourcing or fraud.");
}
