using System.Globalization;

namespace OmsServerless.LocalEmulators;

/// <summary>
/// Starts the local Cosmos DB endpoint (cosmos/cosmos-emulator.cjs over the npm package @vercel/cosmosdb-server)
/// unless something already listens on its port. Its writes are journalled under the data directory and replayed on
/// start, so documents survive restarts like Azurite's data does.
/// </summary>
public static class CosmosEmulator
{
    public static async Task<EmulatorProcess> EnsureRunningAsync(
        CosmosEmulatorSettings settings, Action<string>? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (PortProbe.IsListening(settings.Port))
        {
            log?.Invoke($"A Cosmos DB endpoint is already listening on port {settings.Port}; using it.");
            return EmulatorProcess.AlreadyRunning("cosmos");
        }

        RepositoryFiles.RequireNodeModule(Path.Combine("@vercel", "cosmosdb-server", "package.json"));
        string root = RepositoryFiles.FindRoot()!;
        string script = Path.Combine(root, "functions", "OmsServerless.LocalEmulators", "cosmos", "cosmos-emulator.cjs");
        Directory.CreateDirectory(settings.DataDirectory);
        log?.Invoke($"Starting the Cosmos DB emulator (journal in {settings.DataDirectory})...");
        return await EmulatorProcess.StartAsync(
            "cosmos",
            script,
            ["--port", settings.Port.ToString(CultureInfo.InvariantCulture), "--data", settings.DataDirectory],
            settings.DataDirectory,
            [settings.Port],
            TimeSpan.FromSeconds(60),
            log,
            cancellationToken);
    }
}
