using System.Text.Json;
using OmsServerless.Api.Routing;

namespace OmsServerless.Functions.Tests;

/// <summary>
/// The Functions host cannot run on these machines, so the generated functions.metadata is the contract we can check:
/// every API operation is an HTTP function on the same route and method as the DevHost serves it.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonElement[] Functions = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))
        .RootElement.EnumerateArray().ToArray();

    [Fact]
    public void Every_api_operation_is_an_anonymous_http_function_on_its_route_and_method()
    {
        var httpFunctions = Functions
            .Select(f => (Name: f.GetProperty("name").GetString()!, Trigger: Trigger(f)))
            .Where(f => f.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .Select(f => (
                f.Name,
                Route: f.Trigger.GetProperty("route").GetString(),
                Methods: string.Join(",", f.Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant())),
                AuthLevel: f.Trigger.GetProperty("authLevel").GetString()))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var expected = ApiEndpoints.All
            .Select(e => (e.Name, Route: (string?)e.Route, Methods: e.Method, AuthLevel: (string?)"Anonymous"))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, httpFunctions);
    }

    [Fact]
    public void Every_function_runs_in_the_isolated_worker_from_this_assembly()
    {
        Assert.NotEmpty(Functions);
        Assert.All(Functions, f =>
        {
            Assert.Equal("dotnet-isolated", f.GetProperty("language").GetString());
            Assert.Equal("OmsServerless.Functions.dll", f.GetProperty("scriptFile").GetString());
        });
    }

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b =>
            b.GetProperty("direction").GetString() == "In" && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
