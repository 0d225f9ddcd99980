using System.Diagnostics;

namespace OmsServerless.LoadGenerator;

/// <summary>Runs an operation from many concurrent workers for a fixed time, after a warm-up.</summary>
public static class LoadRunner
{
    public sealed record Result(string Name, int Operations, int Failures, double Seconds, double P50, double P99)
    {
        public double PerSecond => Operations / Seconds;

        public override string ToString() =>
            $"{Name,-34} {PerSecond,9:N0} ops/s   p50 {P50,7:N2} ms   p99 {P99,7:N2} ms   ({Operations:N0} ops, {Failures} failed, {Seconds:N1} s)";
    }

    public static async Task<Result> RunAsync(string name, int workers, TimeSpan warmUp, TimeSpan duration, Func<int, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await RunPhaseAsync(workers, warmUp, operation, recorder: null);
        var recorder = new LatencyRecorder();
        double seconds = await RunPhaseAsync(workers, duration, operation, recorder);
        return new Result(name, recorder.Count, recorder.Failures, seconds, recorder.Percentile(50), recorder.Percentile(99));
    }

    private static async Task<double> RunPhaseAsync(int workers, TimeSpan duration, Func<int, Task> operation, LatencyRecorder? recorder)
    {
        var total = Stopwatch.StartNew();
        int sequence = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (total.Elapsed < duration)
            {
                int n = Interlocked.Increment(ref sequence);
                long started = Stopwatch.GetTimestamp();
                try
                {
                    await operation(n);
                    recorder?.Record(Stopwatch.GetElapsedTime(started));
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or Azure.RequestFailedException or TaskCanceledException)
                {
                    recorder?.Fail();
                }
            }
        })));
        return total.Elapsed.TotalSeconds;
    }
}
