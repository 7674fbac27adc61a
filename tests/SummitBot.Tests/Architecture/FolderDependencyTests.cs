namespace SummitBot.Tests.Architecture;

/// <summary>
/// The bot's folders are capabilities with dependencies in one direction: no folder depends on one that depends back
/// on it, however long the way round; and <c>Hosting</c> holds only what hosts, so the capabilities it does not wire
/// (hardening, observability, Direct Line, Web Chat) are not among what it uses.
/// </summary>
public sealed class FolderDependencyTests
{
    [Fact]
    public void NoFolderDependsOnAFolderThatDependsBackOnIt()
    {
        var graph = FolderDependencies.Read();

        var cycle = FolderDependencies.FindCycle(graph);

        Assert.True(cycle is null, $"folders depend on each other in a circle: {string.Join(" \u2192 ", cycle ?? [])}\n{Describe(graph)}");
    }

    [Fact]
    public void HostingUsesOnlyTheCapabilitiesItWires()
    {
        var graph = FolderDependencies.Read();

        Assert.Subset(new HashSet<string>(["Authentication", "Bot", "Channels", "State"]), new HashSet<string>(graph["Hosting"]));
    }

    [Fact]
    public void AuthenticationHardeningAndObservabilityAreFoldersOfTheirOwn()
    {
        Assert.Contains("Authentication", FolderDependencies.Folders);
        Assert.Contains("Hardening", FolderDependencies.Folders);
        Assert.Contains("Observability", FolderDependencies.Folders);
        Assert.False(Directory.Exists(Path.Combine(FolderDependencies.Source, "Hosting", "Observability")));
    }

    [Fact]
    public void TheCheckSeesADependencyWrittenEitherWay()
    {
        // The reading itself: the folders' real code has both forms, so the graph cannot be empty of them.
        var graph = FolderDependencies.Read();

        Assert.Contains("State", graph["Hosting"]);
        Assert.Contains("Channels", graph["WebChat"]);
        Assert.Equal(["A", "B", "A"], FolderDependencies.FindCycle(new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" },
            ["B"] = new HashSet<string> { "A" },
        }));
    }

    private static string Describe(IReadOnlyDictionary<string, IReadOnlySet<string>> graph) =>
        string.Join("\n", graph.Select(f => $"{f.Key} \u2192 {string.Join(", ", f.Value)}"));
}
