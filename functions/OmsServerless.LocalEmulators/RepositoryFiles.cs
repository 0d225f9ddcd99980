namespace OmsServerless.LocalEmulators;

/// <summary>Finds files of this repository (such as its node_modules) from wherever a host or test runs.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder upwards holding package.json and OmsServerless.sln.</summary>
    public static string? FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "package.json")) &&
                    File.Exists(Path.Combine(directory.FullName, "OmsServerless.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    public static string RequireNodeModule(string relativePath)
    {
        string root = FindRoot() ?? throw new InvalidOperationException(
            "Cannot find the OmsServerless repository root (package.json next to OmsServerless.sln).");
        string path = Path.Combine(root, "node_modules", relativePath);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"{path} is missing. Run 'npm ci' in {root} to install the local emulators.");
    }
}
