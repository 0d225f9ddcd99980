using System.Diagnostics;
using System.Text.Json;
using OmsServerless.LocalEmulators;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.Functions.Tests;

/// <summary>infra/ compiles and lints clean, and wires every setting the Functions app reads.</summary>
public sealed class InfrastructureTests
{
    private static readonly string MainBicep = Path.Combine(RepositoryFiles.FindRoot()!, "infra", "main.bicep");

    [Fact]
    public async Task The_bicep_template_builds_and_lints_without_warnings()
    {
        (int buildExit, string buildOutput) = await BicepAsync("build", MainBicep, "--stdout");
        (int lintExit, string lintOutput) = await BicepAsync("lint", MainBicep);

        Assert.True(buildExit == 0, buildOutput);
        Assert.True(lintExit == 0 && !lintOutput.Contains("Warning", StringComparison.OrdinalIgnoreCase), lintOutput);
    }

    [Fact]
    public async Task The_template_deploys_the_app_its_storage_cosmos_and_monitoring_and_sets_what_the_app_reads()
    {
        (_, string arm) = await BicepAsync("build", MainBicep, "--stdout");
        string template = JsonDocument.Parse(arm).RootElement.GetRawText();

        foreach (string type in new[]
        {
            "Microsoft.Web/sites", "Microsoft.Web/serverfarms", "Microsoft.Storage/storageAccounts",
            "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers", "Microsoft.Insights/components",
            "Microsoft.Authorization/roleAssignments",
        })
        {
            Assert.Contains($"\"{type}\"", template, StringComparison.Ordinal);
        }

        foreach (string setting in new[] { "AzureWebJobsStorage__accountName", "Storage__ConnectionString", "Cosmos__Endpoint", "Cosmos__Key", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Api__Keys__" })
        {
            Assert.Contains(setting, template, StringComparison.Ordinal);
        }

        Assert.Contains("\"/id\"", template, StringComparison.Ordinal);
        foreach (string container in OmsContainers.All)
        {
            Assert.Contains($"\"{container}\"", template, StringComparison.Ordinal);
        }

        Assert.Contains("dotnet-isolated", template, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> BicepAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "bicep", "bicep"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The compiler must not reach out to a registry or check for updates: everything it needs is local.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using Process bicep = Process.Start(start)!;
        Task<string> output = bicep.StandardOutput.ReadToEndAsync();
        Task<string> errors = bicep.StandardError.ReadToEndAsync();
        await bicep.WaitForExitAsync();
        return (bicep.ExitCode, await output + await errors);
    }
}
