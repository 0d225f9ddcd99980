using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;

namespace OmsServerless.Api.Routing;

/// <summary>
/// What the API promises for one operation. Both hosts map exactly these (a test compares the Functions app's
/// generated metadata and the DevHost's route table with this list), and the OpenAPI document is built from it.
/// </summary>
/// <param name="Name">The operation id, and the Functions app's function name.</param>
public sealed record ApiEndpoint(
    string Name,
    string Method,
    string Route,
    AccessPolicy? Access,
    string Summary,
    Type? RequestBody,
    Type Response,
    int SuccessStatus,
    IReadOnlyList<ApiParameter> Parameters,
    IReadOnlyList<ProblemType> Problems);
