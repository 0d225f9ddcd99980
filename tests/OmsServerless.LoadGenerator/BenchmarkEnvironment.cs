using System.Globalization;
using OmsServerless.LocalEmulators;

namespace OmsServerless.LoadGenerator;

/// <summary>Fresh emulator folders and the DevHost settings that point at them.</summary>
public static class BenchmarkEnvironment
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static AzuriteSettings FreshAzurite() => new(
        PortProbe.FreePort(),
        PortProbe.FreePort(),
        PortProbe.FreePort(),
        Path.Combine(Path.GetTempPath(), "oms-bench-azurite-" + Guid.NewGuid().ToString("N")[..8]));

    public static CosmosEmulatorSettings FreshCosmos() =>
        new(PortProbe.FreePort(), Path.Combine(Path.GetTempPath(), "oms-bench-cosmos-" + Guid.NewGuid().ToString("N")[..8]));

    /// <summary>DevHost settings for emulators on these ports; with startEmulators the DevHost starts what is not running.</summary>
    public static Dictionary<string, string> DevHostSettings(AzuriteSettings azurite, CosmosEmulatorSettings cosmos, bool startEmulators, int demoSkus) => new()
    {
        ["DevHost:StartEmulators"] = startEmulators ? "true" : "false",
        ["DevHost:AzuriteDataDirectory"] = azurite.DataDirectory,
        ["DevHost:AzuriteBlobPort"] = azurite.BlobPort.ToString(CultureInfo.InvariantCulture),
        ["DevHost:AzuriteQueuePort"] = azurite.QueuePort.ToString(CultureInfo.InvariantCulture),
        ["DevHost:AzuriteTablePort"] = azurite.TablePort.ToString(CultureInfo.InvariantCulture),
        ["DevHost:CosmosPort"] = cosmos.Port.ToString(CultureInfo.InvariantCulture),
        ["DevHost:CosmosDataDirectory"] = cosmos.DataDirectory,
        ["DevHost:DemoSkuCount"] = demoSkus.ToString(CultureInfo.InvariantCulture),
    };

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
