using System.Diagnostics;

namespace OmsServerless.LocalEmulators;

/// <summary>
/// An emulator this process depends on, made of one or more Node processes. When this process started them,
/// disposing stops them gracefully (closing its stdin asks each to save and exit; see stop-with-parent.cjs) and kills
/// one, with its children, only when it does not exit within <see cref="GracefulStopTimeout"/>; they also stop by
/// themselves if this process dies first. When the emulator was already running, disposing leaves it alone.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(15);

    private readonly IReadOnlyList<Process> _processes;

    private EmulatorProcess(string name, IReadOnlyList<Process> processes)
    {
        Name = name;
        _processes = processes;
    }

    public string Name { get; }

    public bool StartedHere => _processes.Count > 0;

    /// <summary>The processes started here; empty when the emulator was already running.</summary>
    public IReadOnlyList<int> ProcessIds => [.. _processes.Select(process => process.Id)];

    public static EmulatorProcess AlreadyRunning(string name) => new(name, []);

    /// <summary>One emulator out of processes started separately; disposing it stops them all.</summary>
    public static EmulatorProcess Together(string name, IEnumerable<EmulatorProcess> parts) =>
        new(name, [.. parts.SelectMany(part => part._processes)]);

    public static async Task<EmulatorProcess> StartAsync(
        string name, string nodeScript, IEnumerable<string> arguments, string dataDirectory, IReadOnlyList<int> readinessPorts,
        TimeSpan startTimeout, Action<string>? log, CancellationToken cancellationToken)
    {
        await DataDirectoryOwner.WaitForPreviousToExitAsync(dataDirectory, name, cancellationToken);
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
        startInfo.Environment["OMS_PID_FILE"] = DataDirectoryOwner.FileFor(dataDirectory, name);
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

        var emulator = new EmulatorProcess(name, [process]);
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

    public async ValueTask DisposeAsync() => await Task.WhenAll(_processes.Select(StopAsync));

    private static async Task StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                using var grace = new CancellationTokenSource(GracefulStopTimeout);
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // It exited between the check and the stop.
        }
        finally
        {
            process.Dispose();
        }
    }
}
