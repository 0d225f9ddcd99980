using System.Diagnostics;
using System.Globalization;

namespace OmsServerless.LocalEmulators;

/// <summary>
/// The emulator process using a data directory, named in a file inside it that stop-with-parent.cjs writes at start
/// and removes at exit; emulators sharing a directory (Azurite's services) each have their own file. An emulator closes its ports before it has saved its data, so one started on the same
/// directory in between would load the old data, and the last changes would be lost.
/// </summary>
internal static class DataDirectoryOwner
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(30);

    public static string FileFor(string dataDirectory, string emulator) => Path.Combine(dataDirectory, $".{emulator}.pid");

    /// <summary>Waits until the emulator last started on the directory has exited; fails if it does not.</summary>
    public static async Task WaitForPreviousToExitAsync(string dataDirectory, string emulator, CancellationToken cancellationToken)
    {
        string file = FileFor(dataDirectory, emulator);
        DateTimeOffset deadline = DateTimeOffset.UtcNow + SaveTimeout;
        while (LiveOwner(file) is { } pid)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"Process {pid} still uses {dataDirectory} without listening on the configured ports; stop it, or delete {file} if it is not an emulator.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static int? LiveOwner(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return null;
        }

        try
        {
            using Process process = Process.GetProcessById(pid);
            // A file left by an emulator that was killed outright may name a process that reused its id.
            return !process.HasExited && process.ProcessName == "node" ? pid : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
