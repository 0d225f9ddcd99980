using OmsServerless.LocalEmulators;

namespace OmsServerless.Testing;

/// <summary>
/// The Cosmos DB endpoint the integration tests talk to: the one CI started (OMS_TEST_COSMOS), or one this test
/// process starts on a free port with a fresh journal and stops when it exits.
/// </summary>
public static class TestCosmos
{
    public const string EndpointVariable = "OMS_TEST_COSMOS";

    public const string Key = CosmosEmulatorSettings.Key;

    private static readonly Lazy<Task<string>> Endpoint = new(StartAsync);

    public static Task<string> GetEndpointAsync() => Endpoint.Value;

    /// <summary>A container prefix no other test uses.</summary>
    public static string UniqueContainerPrefix() => "t" + Guid.NewGuid().ToString("N")[..12] + "-";

    private static async Task<string> StartAsync()
    {
        string? provided = Environment.GetEnvironmentVariable(EndpointVariable);
        if (!string.IsNullOrWhiteSpace(provided))
        {
            return provided;
        }

        string dataDirectory = Path.Combine(Path.GetTempPath(), "oms-test-cosmos-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new CosmosEmulatorSettings(PortProbe.FreePort(), dataDirectory);
        EmulatorProcess cosmos = await CosmosEmulator.EnsureRunningAsync(settings, log: null, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cosmos.DisposeAsync().AsTask().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        };
        return settings.Endpoint;
    }
}
