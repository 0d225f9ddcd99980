namespace OmsServerless.DevHost.Durable;

/// <summary>The orchestration service behind the DevHost's Durable Task sidecar.</summary>
public enum DurableBackend
{
    /// <summary>DurableTask.AzureStorage on Azurite: the backend Durable Functions uses by default; survives restarts.</summary>
    AzureStorage,

    /// <summary>In memory: fastest, loses in-flight orchestrations on stop. For measurements and experiments.</summary>
    InMemory,
}
