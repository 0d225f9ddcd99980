using System.Diagnostics;
using OmsServerless.LocalEmulators;

namespace OmsServerless.Testing;

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

    /// <summary>An HTTP client for the DevHost's API that authenticates with the given API key.</summary>
    public HttpClient CreateClient(string apiKey)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>
    /// Starts the built DevHost and waits until it answers HTTP; returns it with the time that took. Settings are
    /// configuration keys ("DevHost:StartEmulators", "Storage:ConnectionString", ...) passed as environment variables.
    /// </summary>
    public static async Task<(DevHostProcess Host, TimeSpan StartTime)> StartAsync(
        IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string devHostDll = Dll();
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
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach ((string key, string value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        Process process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the DevHost.");
        // The child logs warnings and errors only; pass them on so a failing run says why.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[devhost] " + e.Data); } };
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

    /// <summary>The DevHost as the solution build left it, in the same configuration as the code running this.</summary>
    public static string Dll()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        string root = RepositoryFiles.FindRoot() ?? throw new InvalidOperationException("Run from inside the repository.");
        string dll = Path.Combine(root, "functions", "OmsServerless.DevHost", "bin", configuration, "net10.0", "OmsServerless.DevHost.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing; build the solution in {configuration} first.");
    }

    /// <summary>Stops the DevHost as Ctrl+C in its terminal does (SIGINT), and waits until it has shut down.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            return;
        }

        using Process signal = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            ?? throw new InvalidOperationException("Could not run kill to stop the DevHost.");
        await signal.WaitForExitAsync(cancellationToken);
        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>
    /// Kills the DevHost process alone, as an IDE's stop button or the kernel's out-of-memory killer does; the
    /// emulators it started see it gone and stop by themselves.
    /// </summary>
    public void KillProcessOnly()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>Kills the process without letting it shut down, as a crash or a power cut would.</summary>
    public void Crash()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
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
