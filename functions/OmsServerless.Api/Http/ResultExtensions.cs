using Microsoft.AspNetCore.Http;

namespace OmsServerless.Api.Http;

public static class ResultExtensions
{
    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);
}
