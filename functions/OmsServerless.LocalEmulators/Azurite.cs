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
        log?.Invoke($"Starting Azurite (data in {settings.DataDirectory})...");
        Task<EmulatorProcess>[] starting =
        [
            StartServiceAsync("blob", settings.BlobPort, settings.DataDirectory, log, cancellationToken),
            StartServiceAsync("queue", settings.QueuePort, settings.DataDirectory, log, cancellationToken),
            StartServiceAsync("table", settings.TablePort, settings.DataDirectory, log, cancellationToken),
        ];
        try
        {
            return EmulatorProcess.Together("azurite", await Task.WhenAll(starting));
        }
        catch
        {
            // A service that did not come up fails the start; the ones that did must not stay behind.
            foreach (Task<EmulatorProcess> started in starting.Where(service => service.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>
    /// One service in its own Node process: Azurite serves each on one thread, so a single process running all three
    /// keeps one core busy while the Durable Task provider's queue traffic waits behind table queries. The services
    /// keep separate files in the shared data directory, as they do in one process.
    /// </summary>
    private static Task<EmulatorProcess> StartServiceAsync(
        string service, int port, string dataDirectory, Action<string>? log, CancellationToken cancellationToken) =>
        EmulatorProcess.StartAsync(
            "azurite-" + service,
            RepositoryFiles.RequireNodeModule(Path.Combine("azurite", "dist", "src", service, "main.js")),
            [
                "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                "--location", dataDirectory,
                $"--{service}Host", "127.0.0.1", $"--{service}Port", port.ToString(CultureInfo.InvariantCulture),
            ],
            dataDirectory,
            [port],
            TimeSpan.FromSeconds(60),
            log,
            cancellationToken);
}
