using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OmsServerless.Api.Routing;
using OmsServerless.Api.RuleSets;

namespace OmsServerless.Functions.Http;

/// <summary>HTTP triggers for reading and publishing rule sets; one-line adapters over the shared handler.</summary>
public sealed class RuleSetFunctions(RuleSetHandler ruleSets)
{
    [Function(ApiEndpoints.GetRuleSet)]
    public Task<IActionResult> GetRuleSet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.RuleSet)] HttpRequest request, string kind) =>
        ruleSets.GetAsync(request, kind).AsActionResult();

    [Function(ApiEndpoints.PublishRuleSet)]
    public Task<IActionResult> PublishRuleSet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.RuleSet)] HttpRequest request, string kind) =>
        ruleSets.PublishAsync(request, kind).AsActionResult();
}
