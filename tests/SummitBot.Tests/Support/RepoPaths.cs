using System.Reflection;

namespace SummitBot.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    /// <summary>A fresh folder under the system temp folder, for an index or a copy of the knowledge.</summary>
    public static string NewTempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "summitbot-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var built = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "SummitBot.sln")))
        {
            return Path.GetFullPath(built);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SummitBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SummitBot.sln not found above " + AppContext.BaseDirectory);
    }
}
