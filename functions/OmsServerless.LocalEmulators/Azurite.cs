using System.Globalization;

namespace OmsServerless.LocalEmulators;

/// <summary>Starts Azurite (Blob, Queue, Table) from the repository's npm dependency unless it already runs.</summary>
public static class Azurite
{
    public static async Task<EmulatorProcess> EnsureRunningAsync(
        AzuriteSettings settings, Action<string>? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int[] ports = [settings.BlobPort, settings.QueuePort, settings.TablePort];
        if (ports.All(PortProbe.IsListening))
        {
            log?.Invoke($"Azurite is already listening on ports {string.Join(", ", ports)}; using it.");
            return EmulatorProcess.AlreadyRunning("azurite");
        }

        if (ports.Any(PortProbe.IsListening))
        {
            throw new InvalidOperationException(
                $"Some of the Azurite ports {string.Join(", ", ports)} are taken by something else; free them or configure others.");
        }

        Directory.CreateDirectory(settings.DataDirectory);
        string script = RepositoryFiles.RequireNodeModule(Path.Combine("azurite", "dist", "src", "azurite.js"));
        log?.Invoke($"Starting Azurite (data in {settings.DataDirectory})...");
        return await EmulatorProcess.StartAsync(
            "azurite",
            script,
            [
                "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                "--location", settings.DataDirectory,
                "--blobHost", "127.0.0.1", "--blobPort", settings.BlobPort.ToString(CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", settings.QueuePort.ToString(CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", settings.TablePort.ToString(CultureInfo.InvariantCulture),
            ],
            settings.DataDirectory,
            ports,
            TimeSpan.FromSeconds(60),
            log,
            cancellationToken);
    }
}
