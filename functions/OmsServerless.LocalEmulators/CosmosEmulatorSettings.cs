namespace OmsServerless.LocalEmulators;

/// <summary>Where the local Cosmos DB endpoint listens and journals its writes.</summary>
public sealed record CosmosEmulatorSettings(int Port, string DataDirectory)
{
    /// <summary>The Cosmos DB emulator's well-known key (public, documented by Microsoft); the local server accepts any.</summary>
    public const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    public string Endpoint => $"https://127.0.0.1:{Port}/";
}
