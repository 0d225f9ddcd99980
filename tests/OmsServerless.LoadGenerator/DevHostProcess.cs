using System.Diagnostics;
using System.Globalization;
using OmsServerless.LocalEmulators;

namespace OmsServerless.LoadGenerator;

/// <summary>The DevHost as a separate process, as a developer runs it, with its own ports and Azurite data.</summary>
public sealed class DevHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private DevHostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the DevHost and waits until it answers HTTP; returns it with the time that took.</summary>
    public static async Task<(DevHostProcess Host, TimeSpan StartTime)> StartAsync(
        string devHostDll, AzuriteSettings azurite, bool startEmulators, int demoSkus, CancellationToken cancellationToken)
    {
        int port = PortProbe.FreePort();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(devHostDll)!,
        };
        startInfo.ArgumentList.Add(devHostDll);
        startInfo.Environment["Urls"] = $"http://127.0.0.1:{port}";
        startInfo.Environment["DevHost__StartEmulators"] = startEmulators ? "true" : "false";
        startInfo.Environment["DevHost__AzuriteDataDirectory"] = azurite.DataDirectory;
        startInfo.Environment["DevHost__AzuriteBlobPort"] = azurite.BlobPort.ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["DevHost__AzuriteQueuePort"] = azurite.QueuePort.ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["DevHost__AzuriteTablePort"] = azurite.TablePort.ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["DevHost__DemoSkuCount"] = demoSkus.ToString(CultureInfo.InvariantCulture);
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";

        var stopwatch = Stopwatch.StartNew();
        Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the DevHost.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[devhost] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new DevHostProcess(process, $"http://127.0.0.1:{port}");

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The DevHost exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using HttpResponseMessage response = await probe.GetAsync(host.BaseUrl + "/api/openapi.json", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (host, stopwatch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but still starting.
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Resident set size of the DevHost process, from /proc (Linux).</summary>
    public double ResidentMegabytes()
    {
        _process.Refresh();
        return _process.WorkingSet64 / (1024.0 * 1024.0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
