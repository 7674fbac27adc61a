using System.Text.RegularExpressions;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Architecture;

/// <summary>
/// Which capability folders of <c>src/SummitBot</c> each folder's code refers to, read from the source: a
/// <c>SummitBot.Folder</c> namespace in a using directive or a qualified name, or a name qualified from the root
/// namespace (<c>Hosting.SummitBotAdapter</c>). The answering core's namespaces are another project and not counted;
/// <c>Program.cs</c>, which composes everything, is not a folder.
/// </summary>
internal static partial class FolderDependencies
{
    public static string Source { get; } = Path.Combine(RepoPaths.Root, "src", "SummitBot");

    /// <summary>The capability folders: the top-level folders of the bot that hold C# files.</summary>
    public static IReadOnlyList<string> Folders { get; } =
        [.. Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj") && Files(f!).Any()).Order(StringComparer.Ordinal)!];

    /// <summary>Each folder and the other folders its code refers to.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Read()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            var uses = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in Files(folder))
            {
                var code = File.ReadAllText(file);
                foreach (Match match in Qualified().Matches(code))
                {
                    uses.Add(match.Groups["folder"].Value);
                }

                foreach (Match match in RootRelative().Matches(code))
                {
                    uses.Add(match.Groups["folder"].Value);
                }
            }

            uses.IntersectWith(Folders);
            uses.Remove(folder);
            graph[folder] = uses;
        }

        return graph;
    }

    /// <summary>A cycle through the folders (<c>A → B → A</c>), or null when there is none.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys)
        {
            if (Visit(start, graph, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static List<string>? Visit(string folder, IReadOnlyDictionary<string, IReadOnlySet<string>> graph, HashSet<string> done, List<string> path)
    {
        var at = path.IndexOf(folder);
        if (at >= 0)
        {
            return [.. path[at..], folder];
        }

        if (done.Contains(folder))
        {
            return null;
        }

        path.Add(folder);
        foreach (var next in graph.TryGetValue(folder, out var uses) ? uses : new HashSet<string>())
        {
            if (Visit(next, graph, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        done.Add(folder);
        return null;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\bSummitBot\.(?<folder>[A-Z]\w*)")]
    private static partial Regex Qualified();

    /// <summary>A name qualified from the root namespace: a folder name not preceded by a dot or a letter, then a type.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<folder>[A-Z]\w*)\.[A-Z]\w*")]
    private static partial Regex RootRelative();
}
