using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Api.Http;

/// <summary>
/// What every endpoint does around its own work: authenticate the key, check the role, and turn known failures into
/// problem+json. Hosts call handlers, handlers call this; so the Functions app and the DevHost behave identically.
/// </summary>
public sealed partial class ApiPipeline(ApiKeyAuthenticator authenticator, ILogger<ApiPipeline> logger)
{
    public async Task<IResult> RunAsync(
        HttpRequest request, AccessPolicy policy, Func<Caller, CancellationToken, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(handle);

        Caller? caller = authenticator.Authenticate(request);
        if (caller is null)
        {
            return ApiProblem.Of(ProblemType.Unauthenticated, $"Send a valid API key in the {ApiKeyAuthenticator.HeaderName} header.")
                .WithHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthenticator.HeaderName + "\"");
        }

        if (!policy.Admits(caller))
        {
            return ApiProblem.Of(ProblemType.Forbidden, $"A {caller.Role} key may not call this operation.");
        }

        try
        {
            return await handle(caller, request.HttpContext.RequestAborted);
        }
        catch (ApiProblemException problem)
        {
            return ApiProblem.Of(problem.Type, problem.Message, problem.Errors);
        }
        catch (InventoryRuleViolation violation)
        {
            return ApiProblem.Of(ProblemType.InventoryRuleViolated, violation.Message);
        }
        catch (MovementIdReusedException reused)
        {
            return ApiProblem.Of(ProblemType.MovementIdReused, reused.Message);
        }
        catch (InventoryContentionException contention)
        {
            LogContention(logger, contention.Message);
            return ApiProblem.Of(ProblemType.Contention, contention.Message).WithHeader("Retry-After", "1");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contention: {Detail}")]
    private static partial void LogContention(ILogger logger, string detail);
}
