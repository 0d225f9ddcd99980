using System.Collections.Concurrent;

namespace OmsServerless.LoadGenerator;

/// <summary>Collects operation latencies from many workers and summarises them.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private int _failures;

    public int Count => _milliseconds.Count;

    public int Failures => _failures;

    public void Record(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public void Fail() => Interlocked.Increment(ref _failures);

    public double Percentile(double percentile)
    {
        double[] sorted = [.. _milliseconds.Order()];
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
