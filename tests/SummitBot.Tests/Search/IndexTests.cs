using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Knowledge;
using SummitBot.Search;
using SummitBot.Tests.Knowledge;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Search;

public sealed class IndexTests
{
    [Theory]
    [InlineData("DPRK", "North Korea")]
    [InlineData("U.S.", "United States")]
    [InlineData("US", "America")]
    [InlineData("2nd", "second")]
    [InlineData("ICBMs", "intercontinental-range ballistic missiles")]
    [InlineData("Biegun’s", "Biegun")]
    public void SynonymsAndFormsOfAWordAreReadAlike(string one, string other)
    {
        var analyzer = new SummitAnalyzer(KnowledgeLoader.Load(RepoPaths.Knowledge).Synonyms);

        Assert.Equal(analyzer.Terms(one), analyzer.Terms(other));
    }

    [Fact]
    public void FindsTheSentenceHoldingEveryWord()
    {
        using var snapshot = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(RepoPaths.Knowledge), RepoPaths.NewTempFolder("index"), NullLogger.Instance);

        var hits = snapshot.SearchSentences(snapshot.Analyzer.Terms("Hanoi February"), 5);

        Assert.Contains(hits, h => h.Text == "The summit will take place in Hanoi, Vietnam, on February 27 and 28.");
        Assert.All(hits, h => Assert.Equal("envoys-meet-again", h.SourceId));
    }

    [Fact]
    public void FactsThatScoreAlikeComeInKnowledgeOrderHoweverTheBuildSplitTheWork()
    {
        // Many look-alike articles: a parallel build spreads them over threads and segments, but ties must still
        // come out in knowledge order, the same on every build, or answers at scale would change from build to build.
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        for (var n = 0; n < 1500; n++)
        {
            var id = $"look-{n:D4}";
            File.WriteAllText(Path.Combine(folder, "sources", id + ".txt"), $"title: Look-alike {n}\n---\nThe summit will take place in Velepiville.\n");
            File.WriteAllText(Path.Combine(folder, "facts", id + ".facts"), $"""
                [entity {id}-summit]
                name: the Velepiville summit
                type: event

                [fact {id}-place]
                about: {id}-summit
                asks: place
                answer: Velepiville
                says: The summit will take place in Velepiville.
                source: {id}
                passage: The summit will take place in Velepiville.

                """);
        }

        var knowledge = KnowledgeLoader.Load(folder);
        Assert.Empty(knowledge.Problems);
        var expected = knowledge.Facts.Where(f => f.Id.StartsWith("look-", StringComparison.Ordinal)).Take(40).Select(f => f.Id).ToList();

        foreach (var build in new[] { "first", "second" })
        {
            using var snapshot = KnowledgeIndexBuilder.Open(knowledge, RepoPaths.NewTempFolder("index-" + build), NullLogger.Instance);
            var found = snapshot.SearchFacts(snapshot.Analyzer.Terms("Velepiville"), [FactKind.Place], 40);
            Assert.Equal(expected, found.Select(f => f.Id));
        }
    }

    [Fact]
    public void KeepsServingFromTheIndexOnceTheSourceTextIsReleasedAndReadsTheFilesAgainForANewIndex()
    {
        var knowledge = KnowledgeLoader.Load(RepoPaths.Knowledge);
        var indexRoot = RepoPaths.NewTempFolder("index");
        KnowledgeIndexBuilder.Open(knowledge, indexRoot, NullLogger.Instance).Dispose();

        knowledge.ReleaseSourceText();

        Assert.All(knowledge.Sources.Values, s => Assert.Empty(s.Paragraphs));
        using var reopened = KnowledgeIndexBuilder.Open(knowledge, indexRoot, NullLogger.Instance);
        Assert.Equal(IndexUpdateKind.Reused, reopened.Update.Kind);
        Assert.Contains(reopened.SearchSentences(reopened.Analyzer.Terms("Hanoi February"), 1), h => h.Text.Contains("Hanoi", StringComparison.Ordinal));

        using var elsewhere = KnowledgeIndexBuilder.Open(knowledge, RepoPaths.NewTempFolder("index"), NullLogger.Instance);
        Assert.Equal(IndexUpdateKind.Rebuilt, elsewhere.Update.Kind);
        Assert.Contains(elsewhere.SearchSentences(elsewhere.Analyzer.Terms("Hanoi February"), 1), h => h.Text.Contains("Hanoi", StringComparison.Ordinal));
    }

    [Fact]
    public void ReusesTheIndexWhileTheKnowledgeIsUnchangedAndRebuildsItWhenTheSynonymsChange()
    {
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        var indexRoot = RepoPaths.NewTempFolder("index");

        string first;
        using (var snapshot = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(folder), indexRoot, NullLogger.Instance))
        {
            Assert.Equal(IndexUpdateKind.Rebuilt, snapshot.Update.Kind);
            first = snapshot.IndexFolder;
        }

        var files = IndexFiles(first);
        using (var again = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(folder), indexRoot, NullLogger.Instance))
        {
            Assert.Equal(IndexUpdateKind.Reused, again.Update.Kind);
            Assert.Equal(files, IndexFiles(first));
        }

        // Synonyms change how every document is analyzed: all of it is written again, in the same folder.
        File.AppendAllText(Path.Combine(folder, "synonyms.txt"), "\nhanoi, ha noi\n");
        using var changed = KnowledgeIndexBuilder.Open(KnowledgeLoader.Load(folder), indexRoot, NullLogger.Instance);
        Assert.Equal(IndexUpdateKind.Rebuilt, changed.Update.Kind);
        Assert.Equal(first, changed.IndexFolder);
        Assert.NotEmpty(changed.SearchSentences(changed.Analyzer.Terms("ha noi"), 1));
    }

    /// <summary>Each file of an index folder with its size and last write time: equal, and nothing was written.</summary>
    internal static List<string> IndexFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != "write.lock").Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f).Ticks}")];

    [Fact]
    public void ADamagedIndexIsRebuilt()
    {
        var indexRoot = RepoPaths.NewTempFolder("index");
        var knowledge = KnowledgeLoader.Load(RepoPaths.Knowledge);
        string folder;
        using (var snapshot = KnowledgeIndexBuilder.Open(knowledge, indexRoot, NullLogger.Instance))
        {
            folder = snapshot.IndexFolder;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.WriteAllText(file, "garbage");
        }

        using var rebuilt = KnowledgeIndexBuilder.Open(knowledge, indexRoot, NullLogger.Instance);
        Assert.NotEmpty(rebuilt.SearchSentences(rebuilt.Analyzer.Terms("Hanoi"), 1));
    }
}
