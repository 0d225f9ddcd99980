using System.Net;
using System.Net.Sockets;

namespace OmsServerless.LocalEmulators;

/// <summary>Loopback port checks for deciding whether an emulator is already up.</summary>
public static class PortProbe
{
    public static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A port nothing listens on right now, chosen by the operating system.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, Func<bool> hasExited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hasExited);
        DateTimeOffset deadline = DateTimeOffset.UtcNow + timeout;
        while (!IsListening(port))
        {
            if (hasExited())
            {
                throw new InvalidOperationException($"The emulator exited before it listened on port {port}.");
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing listened on port {port} within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
