using System.Diagnostics;

namespace OmsServerless.LocalEmulators;

/// <summary>
/// An emulator this process depends on. When this process started it, disposing stops it gracefully (closing its
/// stdin asks it to save and exit; see stop-with-parent.cjs) and kills it, with its children, only when it does not
/// exit within <see cref="GracefulStopTimeout"/>; it also stops by itself if this process dies first. When it was
/// already running, disposing leaves it alone.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process? _process;

    private EmulatorProcess(string name, Process? process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool StartedHere => _process is not null;

    public int? ProcessId => _process?.Id;

    public static EmulatorProcess AlreadyRunning(string name) => new(name, null);

    public static async Task<EmulatorProcess> StartAsync(
        string name, string nodeScript, IEnumerable<string> arguments, string dataDirectory, IReadOnlyList<int> readinessPorts,
        TimeSpan startTimeout, Action<string>? log, CancellationToken cancellationToken)
    {
        await DataDirectoryOwner.WaitForPreviousToExitAsync(dataDirectory, cancellationToken);
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("--require");
        startInfo.ArgumentList.Add(Path.Combine(RepositoryFiles.FindRoot()!, "functions", "OmsServerless.LocalEmulators", "stop-with-parent.cjs"));
        startInfo.ArgumentList.Add(nodeScript);
        startInfo.Environment["OMS_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startInfo.Environment["OMS_PID_FILE"] = DataDirectoryOwner.FileFor(dataDirectory);
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {name} (is Node.js on the PATH?).");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log?.Invoke($"[{name}] {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log?.Invoke($"[{name}] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var emulator = new EmulatorProcess(name, process);
        try
        {
            foreach (int port in readinessPorts)
            {
                await PortProbe.WaitUntilListeningAsync(port, startTimeout, () => process.HasExited, cancellationToken);
            }
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }

        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                using var grace = new CancellationTokenSource(GracefulStopTimeout);
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // It exited between the check and the stop.
        }
        finally
        {
            _process.Dispose();
        }
    }
}
