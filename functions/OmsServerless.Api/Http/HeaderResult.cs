using Microsoft.AspNetCore.Http;

namespace OmsServerless.Api.Http;

/// <summary>Adds a response header to another result (Location, Retry-After, ETag, ...).</summary>
public sealed class HeaderResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
