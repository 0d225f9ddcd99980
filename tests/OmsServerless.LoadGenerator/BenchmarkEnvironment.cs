using OmsServerless.LocalEmulators;

namespace OmsServerless.LoadGenerator;

/// <summary>Where the pieces under measurement are: the built DevHost and a fresh Azurite folder.</summary>
public static class BenchmarkEnvironment
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string DevHostDll()
    {
        string root = RepositoryFiles.FindRoot() ?? throw new InvalidOperationException("Run from inside the repository.");
        string dll = Path.Combine(root, "functions", "OmsServerless.DevHost", "bin", Configuration, "net10.0", "OmsServerless.DevHost.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{dll} is missing; build the solution in {Configuration} first.");
    }

    public static AzuriteSettings FreshAzurite() => new(
        PortProbe.FreePort(),
        PortProbe.FreePort(),
        PortProbe.FreePort(),
        Path.Combine(Path.GetTempPath(), "oms-bench-azurite-" + Guid.NewGuid().ToString("N")[..8]));
}
