using System.Diagnostics;

namespace OmsServerless.LoadGenerator;

/// <summary>
/// Processor time of the programs that share the machine during a run (each one or more processes), so a result can
/// say which one the cores went to. Processes not started here (an emulator that was already running) are left out.
/// </summary>
public sealed class ProcessCpu(IReadOnlyDictionary<string, IReadOnlyList<int>> processIds)
{
    public IReadOnlyDictionary<string, TimeSpan> Snapshot()
    {
        var snapshot = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach ((string name, IReadOnlyList<int> ids) in processIds.Where(program => program.Value.Count > 0))
        {
            snapshot[name] = ids.Aggregate(TimeSpan.Zero, (total, pid) =>
            {
                using Process process = Process.GetProcessById(pid);
                return total + process.TotalProcessorTime;
            });
        }

        return snapshot;
    }

    /// <summary>Cores each process kept busy on average between two snapshots taken <paramref name="elapsed"/> apart.</summary>
    public static IReadOnlyDictionary<string, double> CoresBetween(
        IReadOnlyDictionary<string, TimeSpan> before, IReadOnlyDictionary<string, TimeSpan> after, TimeSpan elapsed) =>
        after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / elapsed, StringComparer.Ordinal);
}
