using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OmsServerless.Functions.Http;

/// <summary>
/// The Functions ASP.NET Core integration executes only IActionResult; the shared handlers return IResult. This
/// wraps one in the other so handlers stay host-neutral.
/// </summary>
public sealed class ResultActionResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
