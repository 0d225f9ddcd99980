namespace OmsServerless.DevHost;

/// <summary>How the DevHost runs locally. Bound from the "DevHost" configuration section.</summary>
public sealed class DevHostOptions
{
    public const string SectionName = "DevHost";

    /// <summary>Start Azurite from the repository's node_modules when nothing listens on its ports.</summary>
    public bool StartEmulators { get; set; } = true;

    /// <summary>Azurite's data folder; relative paths are under the repository root.</summary>
    public string AzuriteDataDirectory { get; set; } = ".local/azurite";

    public int AzuriteBlobPort { get; set; } = 10000;

    public int AzuriteQueuePort { get; set; } = 10001;

    public int AzuriteTablePort { get; set; } = 10002;

    /// <summary>Seed the demo retailer on first start.</summary>
    public bool SeedDemoRetailer { get; set; } = true;

    /// <summary>Generated SKUs on top of the showcase ones; tests use fewer to start fast.</summary>
    public int DemoSkuCount { get; set; } = 1200;
}
