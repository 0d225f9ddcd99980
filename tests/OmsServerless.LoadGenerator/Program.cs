using System.Globalization;
using OmsServerless.LoadGenerator;

// Usage: dotnet run -c Release --project tests/OmsServerless.LoadGenerator -- <availability|startup|orders> [options]
//   availability [--workers 16] [--seconds 15] [--skus 1200]
//   startup [--skus 1200]
//   orders [--orders 200] [--concurrency 16] [--backend AzureStorage|InMemory]
string command = args.FirstOrDefault() ?? "help";
int Option(string name, int fallback)
{
    int index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

switch (command)
{
    case "availability":
        await AvailabilityBenchmark.RunAsync(Option("workers", 16), TimeSpan.FromSeconds(Option("seconds", 15)), Option("skus", 1200), cancellation.Token);
        break;
    case "startup":
        await StartupBenchmark.RunAsync(Option("skus", 1200), cancellation.Token);
        break;
    case "orders":
        await OrdersBenchmark.RunAsync(
            Option("orders", 200),
            Option("concurrency", 16),
            args.Contains("--backend") ? [args[Array.IndexOf(args, "--backend") + 1]] : ["AzureStorage", "InMemory"],
            cancellation.Token);
        break;
    default:
        Console.WriteLine("usage: availability [--workers N] [--seconds N] [--skus N] | startup [--skus N] | orders [--orders N] [--concurrency N] [--backend AzureStorage|InMemory]");
        return 1;
}

return 0;
