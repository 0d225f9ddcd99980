using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OmsServerless.Functions.Http;

public static class ResultTaskExtensions
{
    public static async Task<IActionResult> AsActionResult(this Task<IResult> result) =>
        new ResultActionResult(await result.ConfigureAwait(false));
}
