using SummitBot.Tests.Cli;

namespace SummitBot.Tests.Import;

/// <summary><c>import</c> on the command line, as a curator runs it: what it prints, and its exit code.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task ImportingTheFixturesFolderPrintsEachArticleWhatItDidNotStateAndEachFileItCouldNotRead()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();

        var (code, output, error) = await CommandLineTests.RunAsync("import", ImportFixtures.Folder, $"--Knowledge:Path={knowledge}");

        // Two fixtures are broken on purpose: the rest imports, and the exit code says that not everything did.
        Assert.Equal(1, code);
        Assert.Contains("added      sources/2019-02-20-border-crossing-at-kestrel-gap-reopens.txt", output, StringComparison.Ordinal);
        Assert.Contains("author: Hollis Wren; section: Region; publisher: The Meridian Ledger; published: 2019-02-20T07:45:00+09:00", output, StringComparison.Ordinal);
        Assert.Contains("added      sources/lighthouse-keepers-return-to-gull-point.txt", output, StringComparison.Ordinal);
        Assert.Contains("not stated: author, section, publisher, published, url", output, StringComparison.Ordinal);
        Assert.Contains("summary only (the feed carries no full text)", output, StringComparison.Ordinal);
        Assert.Contains("note: the published date 'yesterday afternoon' could not be read; written as not stated", output, StringComparison.Ordinal);
        Assert.Contains("updated    sources/2019-02-12-harbor-talks-resume-after-storm-delay.txt", output, StringComparison.Ordinal);
        Assert.Contains("12 article(s) from 11 file(s): 11 added, 1 updated", output, StringComparison.Ordinal);
        Assert.Matches(@"error +\S*broken\.rss: not a well-formed feed", error);
        Assert.Matches(@"error +\S*front-page\.html: no article text found", error);
        Assert.Equal(11, Directory.GetFiles(Path.Combine(knowledge, "sources")).Length);
    }

    [Fact]
    public async Task ImportingAgainSaysUnchangedAndExitsZero()
    {
        var knowledge = ImportFixtures.EmptyKnowledge();
        var page = ImportFixtures.Page("coastline-dispatch-ferry-deal.html");
        Assert.Equal(0, (await CommandLineTests.RunAsync("import", page, $"--Knowledge:Path={knowledge}")).Code);

        var (code, output, _) = await CommandLineTests.RunAsync("import", page, $"--Knowledge:Path={knowledge}");

        Assert.Equal(0, code);
        Assert.Contains("unchanged  sources/2019-03-18-ferry-deal-brings-island-crossings-back.txt", output, StringComparison.Ordinal);
        Assert.Contains("1 article(s) from 1 file(s): 0 added, 0 updated, 1 unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APathThatDoesNotExistIsAnError()
    {
        var (code, _, error) = await CommandLineTests.RunAsync("import", "/no/such/place.html", $"--Knowledge:Path={ImportFixtures.EmptyKnowledge()}");

        Assert.Equal(1, code);
        Assert.Equal("error: '/no/such/place.html' is neither a file nor a folder", error.Trim());
    }
}
