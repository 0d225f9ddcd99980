using System.Diagnostics;

namespace OmsServerless.LoadGenerator;

/// <summary>
/// Processor time of the processes that share the machine during a run, so a result can say which one the cores
/// went to. Processes not started here (an emulator that was already running) are left out.
/// </summary>
public sealed class ProcessCpu(IReadOnlyDictionary<string, int?> processIds)
{
    public IReadOnlyDictionary<string, TimeSpan> Snapshot()
    {
        var snapshot = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach ((string name, int? id) in processIds)
        {
            if (id is { } pid)
            {
                using Process process = Process.GetProcessById(pid);
                snapshot[name] = process.TotalProcessorTime;
            }
        }

        return snapshot;
    }

    /// <summary>Cores each process kept busy on average between two snapshots taken <paramref name="elapsed"/> apart.</summary>
    public static IReadOnlyDictionary<string, double> CoresBetween(
        IReadOnlyDictionary<string, TimeSpan> before, IReadOnlyDictionary<string, TimeSpan> after, TimeSpan elapsed) =>
        after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / elapsed, StringComparer.Ordinal);
}
