namespace OmsServerless.DevHost.Durable;

/// <summary>The loopback address the sidecar listens on and the worker and client connect to.</summary>
public sealed class DurableSidecarEndpoint(int port)
{
    public int Port { get; } = port;

    public string Address => $"http://127.0.0.1:{Port}";
}
