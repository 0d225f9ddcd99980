namespace OmsServerless.Api.Problems;

/// <summary>Ends a request early with a problem response; the pipeline turns it into problem+json.</summary>
public sealed class ApiProblemException(ProblemType type, string detail, IDictionary<string, string[]>? errors = null)
    : Exception(detail)
{
    public ProblemType Type { get; } = type;

    public IDictionary<string, string[]>? Errors { get; } = errors;

    public static ApiProblemException Field(ProblemType type, string path, string message) =>
        new(type, $"{path}: {message}", new Dictionary<string, string[]> { [path] = [message] });
}
