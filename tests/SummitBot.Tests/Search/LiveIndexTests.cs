using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Knowledge;
using SummitBot.Search;
using SummitBot.Tests.Knowledge;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Search;

/// <summary>
/// The one live index: a change to the knowledge folder rewrites only what changed, in place, and a restart reads
/// only the files that changed since the index's last commit.
/// </summary>
public sealed class LiveIndexTests
{
    private const int Articles = 30;

    [Fact]
    public void ChangingAnArticleRewritesThatArticleOnly()
    {
        var (folder, root) = Archive();
        using var index = new LiveIndex(root, NullLogger.Instance);
        using var first = index.Open(KnowledgeLoader.Load(folder));
        Assert.Equal(IndexUpdateKind.Rebuilt, first.Update.Kind);

        WriteArticle(folder, 7, "The ferry service will resume in Dunmore on Friday.", "Tickets are sold at the harbour.");
        var knowledge = KnowledgeLoader.Load(folder, first.Contents.Known);
        using var second = index.Open(knowledge, first);

        // Only the changed file was read, and only its documents written: its two sentences and its own document.
        Assert.Equal(["sources/article-07.txt"], knowledge.Sources.Values.Where(s => s.Paragraphs.Count > 0).Select(s => s.File));
        Assert.Equal((IndexUpdateKind.Updated, 0, 1, 0, false, 3), (second.Update.Kind, second.Update.Added, second.Update.Changed, second.Update.Removed, second.Update.FactsIndexed, second.Update.Documents));
        Assert.Equal(first.DocumentCount, second.DocumentCount);
        Assert.Contains(second.SearchSentences(second.Analyzer.Terms("ferry Dunmore"), 5), h => h.SourceId == "article-07");
        Assert.DoesNotContain(second.SearchSentences(second.Analyzer.Terms("ferry Marlow07"), 5), h => h.SourceId == "article-07");

        // The snapshot served before still reads its own commit whole.
        Assert.Contains(first.SearchSentences(first.Analyzer.Terms("ferry Marlow07"), 5), h => h.SourceId == "article-07");
    }

    [Fact]
    public void AnAddedArticleIsIndexedAndADeletedOneLeavesNoDocumentBehind()
    {
        var (folder, root) = Archive();
        using var index = new LiveIndex(root, NullLogger.Instance);
        using var first = index.Open(KnowledgeLoader.Load(folder));

        WriteArticle(folder, 99, "The ferry service will resume in Larkspur on Monday.");
        using var added = index.Open(KnowledgeLoader.Load(folder, first.Contents.Known), first);
        Assert.Equal((IndexUpdateKind.Updated, 1, 0, 0), (added.Update.Kind, added.Update.Added, added.Update.Changed, added.Update.Removed));
        Assert.Contains(added.SearchSentences(added.Analyzer.Terms("Larkspur"), 5), h => h.SourceId == "article-99");
        Assert.Equal("Article 99", added.Knowledge.Sources["article-99"].Title);

        File.Delete(Path.Combine(folder, "sources", "article-99.txt"));
        File.Delete(Path.Combine(folder, "sources", "article-03.txt"));
        using var removed = index.Open(KnowledgeLoader.Load(folder, added.Contents.Known), added);
        Assert.Equal((IndexUpdateKind.Updated, 0, 0, 2), (removed.Update.Kind, removed.Update.Added, removed.Update.Changed, removed.Update.Removed));
        Assert.Empty(removed.SearchSentences(removed.Analyzer.Terms("Larkspur"), 5));
        Assert.Empty(removed.SearchSentences(removed.Analyzer.Terms("Marlow03"), 5));
        Assert.Equal(0, DocumentsOf(removed, "article-03") + DocumentsOf(removed, "article-99"));
        Assert.Equal(first.DocumentCount - 3, removed.DocumentCount);
        Assert.DoesNotContain(removed.People.All, p => p.Sources.Contains("article-03"));
    }

    [Fact]
    public void ARestartReadsOnlyTheFilesThatChangedSinceTheLastCommit()
    {
        var (folder, root) = Archive();
        using (var index = new LiveIndex(root, NullLogger.Instance))
        {
            index.Open(KnowledgeLoader.Load(folder)).Dispose();
        }

        WriteArticle(folder, 12, "The ferry service will resume in Dunmore on Friday.");
        using var restarted = new LiveIndex(root, NullLogger.Instance);
        var knowledge = KnowledgeLoader.Load(folder, restarted.KnownSources());

        Assert.Equal(["sources/article-12.txt"], knowledge.Sources.Values.Where(s => s.Paragraphs.Count > 0).Select(s => s.File));
        Assert.Equal(KnowledgeLoader.Load(folder).Fingerprint, knowledge.Fingerprint);
        Assert.Equal("Article 05", knowledge.Sources["article-05"].Title);
        using var snapshot = restarted.Open(knowledge);
        Assert.Equal((IndexUpdateKind.Updated, 1), (snapshot.Update.Kind, snapshot.Update.Changed));
        // The people of the sources not read again come from the index.
        Assert.Contains(snapshot.People.All, p => p.Name == "Mira Castellane" && p.Sources.Contains("article-05") && p.Titles.Count > 0);

        using var again = new LiveIndex(root, NullLogger.Instance);
        var unchanged = KnowledgeLoader.Load(folder, again.KnownSources());
        Assert.All(unchanged.Sources.Values, s => Assert.Empty(s.Paragraphs));
        using var reused = again.Open(unchanged);
        Assert.Equal(IndexUpdateKind.Reused, reused.Update.Kind);
    }

    [Fact]
    public void ChangedFactsAreIndexedAgainWithoutTouchingAnyArticle()
    {
        var (folder, root) = Archive();
        using var index = new LiveIndex(root, NullLogger.Instance);
        using var first = index.Open(KnowledgeLoader.Load(folder));
        Assert.Empty(first.SearchFacts(first.Analyzer.Terms("Dunmore"), [FactKind.Place], 5));

        File.WriteAllText(Path.Combine(folder, "facts", "ferry.facts"), """
            [entity ferry-service]
            name: the ferry service
            type: event

            [fact ferry-place]
            about: ferry-service
            asks: place
            answer: Marlow07
            says: The ferry service will resume in Marlow07.
            source: article-07
            passage: The ferry service will resume in Marlow07 on Tuesday.
            """);
        var knowledge = KnowledgeLoader.Load(folder, first.Contents.Known);
        Assert.Empty(knowledge.Problems);
        using var second = index.Open(knowledge, first);

        Assert.Equal((IndexUpdateKind.Updated, 0, 0, 0, true), (second.Update.Kind, second.Update.Added, second.Update.Changed, second.Update.Removed, second.Update.FactsIndexed));
        Assert.Equal("ferry-place", Assert.Single(second.SearchFacts(second.Analyzer.Terms("ferry Marlow07"), [FactKind.Place], 5)).Id);
    }

    [Fact]
    public async Task TwoProcessesSharingTheIndexFolderTakeTurnsAndLeaveOneCopyOfEachArticle()
    {
        var (folder, root) = Archive();
        using var one = new LiveIndex(root, NullLogger.Instance);
        using var other = new LiveIndex(root, NullLogger.Instance);
        one.Open(KnowledgeLoader.Load(folder)).Dispose();

        for (var round = 0; round < 4; round++)
        {
            WriteArticle(folder, round, $"The ferry service will resume in Round{round}ville on Friday.");
            WriteArticle(folder, 50 + round, $"A new crossing opens in Newport{round}.");

            // Both see the change at once, as instances watching one folder do; the write lock makes them take turns.
            var snapshots = await Task.WhenAll(new[] { one, other }.Select(index => Task.Run(() => index.Open(KnowledgeLoader.Load(folder, index.KnownSources())))));
            foreach (var snapshot in snapshots)
            {
                using (snapshot)
                {
                    Assert.Contains(snapshot.SearchSentences(snapshot.Analyzer.Terms($"Round{round}ville"), 5), h => h.SourceId == $"article-{round:D2}");
                    Assert.Equal(2, DocumentsOf(snapshot, $"article-{round:D2}"));
                    Assert.Equal(2, DocumentsOf(snapshot, $"article-{50 + round:D2}"));
                }
            }

            Assert.Single(snapshots, s => s.Update.Kind == IndexUpdateKind.Updated);
        }
    }

    [Fact]
    public void ASourceThatCannotBeReadAnyMoreIsTakenOutOfTheIndex()
    {
        var (folder, root) = Archive();
        using var index = new LiveIndex(root, NullLogger.Instance);
        using var first = index.Open(KnowledgeLoader.Load(folder));

        File.WriteAllText(Path.Combine(folder, "sources", "article-04.txt"), "no header any more\n");
        var knowledge = KnowledgeLoader.Load(folder, first.Contents.Known);
        using var second = index.Open(knowledge, first);

        Assert.Contains(knowledge.Problems, p => p.File == "sources/article-04.txt");
        Assert.Equal(1, second.Update.Removed);
        Assert.Equal(0, DocumentsOf(second, "article-04"));
    }

    /// <summary>The shipped knowledge and <see cref="Articles"/> small articles, and an empty index root.</summary>
    private static (string Folder, string Root) Archive()
    {
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        for (var n = 0; n < Articles; n++)
        {
            WriteArticle(folder, n, $"The ferry service will resume in Marlow{n:D2} on Tuesday.", "Special Envoy Mira Castellane said the crossing was safe.");
        }

        return (folder, RepoPaths.NewTempFolder("index"));
    }

    private static void WriteArticle(string folder, int n, params string[] paragraphs) =>
        File.WriteAllText(
            Path.Combine(folder, "sources", $"article-{n:D2}.txt"),
            $"id: article-{n:D2}\ntitle: Article {n:D2}\n---\n{string.Join("\n\n", paragraphs)}\n");

    /// <summary>How many live documents (sentences and its own) the index holds for a source.</summary>
    private static int DocumentsOf(KnowledgeSnapshot snapshot, string sourceId) =>
        snapshot.Searcher.Search(new Lucene.Net.Search.TermQuery(new Term(IndexSchema.Source, sourceId)), 100).TotalHits;
}
