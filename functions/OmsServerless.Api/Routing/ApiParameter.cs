namespace OmsServerless.Api.Routing;

/// <summary>A path or query parameter of an endpoint, for the OpenAPI document.</summary>
public sealed record ApiParameter(string Name, ParameterLocation In, bool Required, string SchemaType, string Description);

public enum ParameterLocation
{
    Path,
    Query,
    Header,
}
