using SummitBot.Import;
using SummitBot.Knowledge;
using SummitBot.Tests.Knowledge;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Import;

/// <summary>What an import leaves in the knowledge folder: source files the loader reads, one per article, written whole.</summary>
public sealed class ArticleImporterTests
{
    [Fact]
    public void EveryFixtureImportsIntoSourcesThatTheKnowledgeLoaderReadsWithoutAProblem()
    {
        var knowledge = KnowledgeLoaderTests.CopyOfKnowledge();
        var before = KnowledgeLoader.Load(knowledge).Sources.Count;

        var files = new ArticleImporter(knowledge).Import(ImportFixtures.Folder);
        // What each source file holds last: the summary of lantern-post's feed is replaced by its page's full text.
        var written = files.SelectMany(f => f.Results).Where(r => r.Outcome is ImportOutcome.Added or ImportOutcome.Updated)
            .GroupBy(r => r.Id).Select(g => g.Last()).ToList();
        var loaded = KnowledgeLoader.Load(knowledge);

        Assert.Empty(loaded.Problems);
        Assert.Equal(11, written.Count);
        Assert.Equal(before + written.Count, loaded.Sources.Count);
        foreach (var result in written)
        {
            var source = loaded.Sources[result.Id!];
            Assert.Equal(result.Article!.Title ?? "not stated", source.Title);
            Assert.Equal(result.Article.Url, source.Url);
            Assert.Equal(result.Article.Paragraphs, source.Paragraphs);
        }
    }

    [Fact]
    public void TheSourceFileHasTheHeaderWithNotStatedForWhatThePageDoesNotSay()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();

        var result = Assert.Single(Assert.Single(new ArticleImporter(knowledge).Import(ImportFixtures.Page("plain-page.html"))).Results);

        Assert.Equal(ImportOutcome.Added, result.Outcome);
        Assert.Equal("sources/lighthouse-keepers-return-to-gull-point.txt", result.File);
        var lines = File.ReadAllLines(Path.Combine(knowledge, result.File!));
        Assert.Equal(
            [
                "id: lighthouse-keepers-return-to-gull-point",
                "title: Lighthouse keepers return to Gull Point",
                "author: not stated",
                "section: not stated",
                "publisher: not stated",
                "published: not stated",
                "updated: not stated",
                "url: not stated",
                "body: full text",
                "imported-from: plain-page.html",
                "---",
            ],
            lines[1..12]);
        Assert.StartsWith("Two keepers moved back into the lighthouse at Gull Point", lines[12], StringComparison.Ordinal);
    }

    [Fact]
    public void ImportingTheSameFileAgainChangesNothing()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();
        var page = ImportFixtures.Page("lantern-post-harbor-talks.html");
        var first = Single(new ArticleImporter(knowledge).Import(page));
        var written = File.ReadAllText(Path.Combine(knowledge, first.File!));

        var again = Single(new ArticleImporter(knowledge).Import(page));

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.File, again.File);
        Assert.Equal(written, File.ReadAllText(Path.Combine(knowledge, first.File!)));
        Assert.Single(SourceFiles(knowledge));
    }

    [Fact]
    public void ALaterVersionAtTheSameAddressUpdatesTheSameFile()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();
        var first = Single(new ArticleImporter(knowledge).Import(ImportFixtures.Page("lantern-post-harbor-talks.html")));
        var later = Path.Combine(RepoPaths.NewTempFolder("pages"), "harbor-talks-later.html");
        File.WriteAllText(later, File.ReadAllText(ImportFixtures.Page("lantern-post-harbor-talks.html"))
            .Replace("The next round is planned for the week beginning March 4", "The next round has been moved to the week beginning March 11", StringComparison.Ordinal));

        var update = Single(new ArticleImporter(knowledge).Import(later));

        Assert.Equal(ImportOutcome.Updated, update.Outcome);
        Assert.Equal(first.Id, update.Id);
        Assert.Single(SourceFiles(knowledge));
        Assert.Contains("moved to the week beginning March 11", File.ReadAllText(Path.Combine(knowledge, first.File!)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameTextWithoutAnAddressUnderAnotherFileNameIsNotAddedAgain()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();
        var first = Single(new ArticleImporter(knowledge).Import(ImportFixtures.Text("untitled-notes.txt")));
        var copy = Path.Combine(RepoPaths.NewTempFolder("text"), "selk-council.txt");

        // The same words with other line breaks and typographic quotes: the same article.
        File.WriteAllText(copy, File.ReadAllText(ImportFixtures.Text("untitled-notes.txt")).Replace("ferry company's", "ferry company’s", StringComparison.Ordinal).Replace(" to publish ", "\nto publish ", StringComparison.Ordinal));

        var again = Single(new ArticleImporter(knowledge).Import(copy));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(ImportOutcome.Updated, again.Outcome);
        Assert.Single(SourceFiles(knowledge));
    }

    [Fact]
    public void AFeedsSummaryDoesNotReplaceTheFullTextOfTheSameArticleButTheFullTextReplacesTheSummary()
    {
        var summaryFirst = ImportFixtures.EmptyKnowledge();
        var fromFeed = new ArticleImporter(summaryFirst).Import(ImportFixtures.Feed("lantern-post-summaries.rss"))[0].Results[0];
        Assert.Contains("body: summary (the feed carries no full text)", File.ReadAllText(Path.Combine(summaryFirst, fromFeed.File!)), StringComparison.Ordinal);
        var fromPage = Single(new ArticleImporter(summaryFirst).Import(ImportFixtures.Page("lantern-post-harbor-talks.html")));
        Assert.Equal((ImportOutcome.Updated, fromFeed.Id), (fromPage.Outcome, fromPage.Id));
        Assert.Contains("body: full text", File.ReadAllText(Path.Combine(summaryFirst, fromPage.File!)), StringComparison.Ordinal);

        var pageFirst = ImportFixtures.EmptyKnowledge();
        var page = Single(new ArticleImporter(pageFirst).Import(ImportFixtures.Page("lantern-post-harbor-talks.html")));
        var feed = new ArticleImporter(pageFirst).Import(ImportFixtures.Feed("lantern-post-summaries.rss"))[0].Results[0];
        Assert.Equal((ImportOutcome.KeptFullText, page.Id), (feed.Outcome, feed.Id));
        Assert.Contains("body: full text", File.ReadAllText(Path.Combine(pageFirst, page.File!)), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoDifferentArticlesWithTheSameTitleGetTwoIds()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();
        var folder = RepoPaths.NewTempFolder("text");
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Talks Resume\n\nThe talks resumed in Vellmar on Monday after a week's pause.\n");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Talks Resume\n\nThe talks resumed in Calder Reach on Friday after the storm.\n");

        var results = new ArticleImporter(knowledge).Import(folder).SelectMany(f => f.Results).ToList();

        Assert.Equal(["talks-resume", "talks-resume-2"], results.Select(r => r.Id));
        Assert.Equal(2, SourceFiles(knowledge).Count);
    }

    [Fact]
    public void AFolderImportsEveryReadableFileAndNamesEachThatIsNotWithWhy()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();
        var folder = RepoPaths.NewTempFolder("mixed");
        File.Copy(ImportFixtures.Feed("broken.rss"), Path.Combine(folder, "a-broken.rss"));
        File.WriteAllBytes(Path.Combine(folder, "b-binary.txt"), [0x00, 0xFF, 0xFE, 0x10, 0x80]);
        File.Copy(ImportFixtures.Page("plain-page.html"), Path.Combine(folder, "c-page.html"));
        File.WriteAllText(Path.Combine(folder, "d-notes.docx"), "not read");
        Directory.CreateDirectory(Path.Combine(folder, "c-page_files"));
        File.WriteAllText(Path.Combine(folder, "c-page_files", "frame.html"), "<html><body><p>An ad frame saved with the page.</p></body></html>");

        var files = new ArticleImporter(knowledge).Import(folder);

        Assert.Equal(["a-broken.rss", "b-binary.txt", "c-page.html", "d-notes.docx"], files.Select(f => Path.GetFileName(f.Path)));
        Assert.StartsWith("not a well-formed feed", files[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("not UTF-8 text", files[1].Error, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Added, Assert.Single(files[2].Results).Outcome);
        Assert.True(files[3].Skipped);
        Assert.Single(SourceFiles(knowledge));
    }

    [Fact]
    public void NothingIsLeftHalfWrittenOrAsATemporaryFile()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();

        new ArticleImporter(knowledge).Import(ImportFixtures.Folder);

        var all = Directory.GetFiles(Path.Combine(knowledge, "sources"), "*", SearchOption.AllDirectories);
        Assert.All(all, f => Assert.EndsWith(".txt", f, StringComparison.Ordinal));
        Assert.DoesNotContain(all, f => Path.GetFileName(f).StartsWith('.'));
        Assert.All(all, f => Assert.EndsWith("\n", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void TheSourcesFolderItselfCannotBeImported()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();

        var error = Assert.Throws<ImportException>(() => new ArticleImporter(knowledge).Import(Path.Combine(knowledge, "sources")));

        Assert.Contains("inside the knowledge sources folder", error.Message, StringComparison.Ordinal);
    }

    private static ImportResult Single(IReadOnlyList<ImportedFile> files) => Assert.Single(Assert.Single(files).Results);

    private static List<string> SourceFiles(string knowledge) => [.. Directory.GetFiles(Path.Combine(knowledge, "sources"))];
}
