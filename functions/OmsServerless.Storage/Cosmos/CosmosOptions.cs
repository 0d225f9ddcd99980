namespace OmsServerless.Storage.Cosmos;

/// <summary>Where order documents live. Bound from the "Cosmos" configuration section.</summary>
public sealed class CosmosOptions
{
    public const string SectionName = "Cosmos";

    public string Endpoint { get; set; } = "https://127.0.0.1:8081/";

    public string Key { get; set; } = string.Empty;

    public string Database { get; set; } = "oms";

    /// <summary>Prefix of every container name, so several environments (or test runs) can share one account.</summary>
    public string ContainerPrefix { get; set; } = string.Empty;

    /// <summary>
    /// Accept the local emulator's self-signed certificate. Honoured only for loopback endpoints, so a production
    /// configuration can never switch certificate validation off by accident.
    /// </summary>
    public bool TrustLocalEmulatorCertificate { get; set; }
}
