using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OmsServerless.Api.Problems;

/// <summary>Builds RFC 9457 problem+json responses.</summary>
public static class ApiProblem
{
    public static IResult Of(ProblemType type, string detail, IDictionary<string, string[]>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ProblemDetails problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Type = type.Uri;
        problem.Title = type.Title;
        problem.Status = type.Status;
        problem.Detail = detail;
        return Results.Problem(problem);
    }

    /// <summary>A failure that lists every field at fault, keyed by its JSON path (e.g. "lines[2].quantity").</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors, ProblemType? type = null) =>
        Of(type ?? ProblemType.ValidationFailed, "See 'errors' for each field at fault.", errors);
}
