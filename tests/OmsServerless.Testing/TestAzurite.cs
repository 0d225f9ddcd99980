using OmsServerless.LocalEmulators;

namespace OmsServerless.Testing;

/// <summary>
/// The Azurite the integration tests talk to. CI starts one Azurite for the whole run and passes its connection
/// string in OMS_TEST_STORAGE; run alone (from an IDE), a test process starts its own on free ports with a fresh
/// data folder and stops it when the process exits.
/// </summary>
public static class TestAzurite
{
    public const string ConnectionStringVariable = "OMS_TEST_STORAGE";

    private static readonly Lazy<Task<string>> ConnectionString = new(StartAsync);

    public static Task<string> GetConnectionStringAsync() => ConnectionString.Value;

    /// <summary>A table prefix no other test uses, so tests sharing one Azurite never see each other's rows.</summary>
    public static string UniqueTablePrefix() => "T" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A blob container prefix no other test uses (container names are lower case).</summary>
    public static string UniqueBlobPrefix() => "t" + Guid.NewGuid().ToString("N")[..12] + "-";

    private static async Task<string> StartAsync()
    {
        string? provided = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(provided))
        {
            return provided;
        }

        string dataDirectory = Path.Combine(Path.GetTempPath(), "oms-test-azurite-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new AzuriteSettings(PortProbe.FreePort(), PortProbe.FreePort(), PortProbe.FreePort(), dataDirectory);
        EmulatorProcess azurite = await Azurite.EnsureRunningAsync(settings, log: null, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        };
        return settings.ConnectionString;
    }
}
