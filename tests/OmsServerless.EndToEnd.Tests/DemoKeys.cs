namespace OmsServerless.EndToEnd.Tests;

/// <summary>The demo API keys of the DevHost's appsettings.json, as the README documents them.</summary>
internal static class DemoKeys
{
    public const string Storefront = "demo-storefront-key";
    public const string Marketplace = "demo-marketplace-key";
    public const string Wms = "demo-wms-key";
    public const string Operations = "demo-operations-key";
    public const string NycStoreAssociate = "demo-store-nyc-key";
}
