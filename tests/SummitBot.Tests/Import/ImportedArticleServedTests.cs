using Microsoft.Extensions.DependencyInjection;
using SummitBot.Search;
using SummitBot.Tests.Cli;
using SummitBot.Tests.Http;
using SummitBot.Tests.Knowledge;

namespace SummitBot.Tests.Import;

/// <summary>
/// A running bot picks up what <c>import</c> writes, through the knowledge watcher, without a restart. Checked through
/// what the knowledge serves (its sources and its index), not through the wording of answers.
/// </summary>
public sealed class ImportedArticleServedTests
{
    [Fact]
    public async Task ARunningBotServesTheArticlesOfAnImportedFeed()
    {
        var knowledge = KnowledgeLoaderTests.CopyOfKnowledge();
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = knowledge,
            ["Knowledge:ReloadDelay"] = "00:00:00.200",
            ["RateLimiting:Enabled"] = "false",
        });
        var client = new ActivityClient(bot.CreateClient(), "import-served");
        var status = bot.Services.GetRequiredService<IKnowledgeStatus>();
        var before = status.Sources;

        var (code, _, _) = await CommandLineTests.RunAsync("import", ImportFixtures.Feed("meridian-ledger-full.rss"), $"--Knowledge:Path={knowledge}");
        Assert.Equal(0, code);

        for (var wait = 0; wait < 150 && status.Sources < before + 2; wait++)
        {
            await Task.Delay(200);
        }

        Assert.Equal(before + 2, status.Sources);
        Assert.Empty(status.Problems);
        var snapshot = bot.Services.GetRequiredService<KnowledgeProvider>().Current;
        Assert.Equal("Border Crossing at Kestrel Gap Reopens", snapshot.Knowledge.Sources["2019-02-20-border-crossing-at-kestrel-gap-reopens"].Title);

        // A sentence of the imported article is found by the words of a question about it.
        var hits = snapshot.SearchSentences(snapshot.Analyzer.Terms("first vehicle school bus Pell"), 5);
        var hit = Assert.Single(hits);
        Assert.Equal("2019-02-20-border-crossing-at-kestrel-gap-reopens", hit.SourceId);
        Assert.StartsWith("The first vehicle through was a school bus carrying forty children", hit.Text, StringComparison.Ordinal);

        // The bot kept answering turns while it re-indexed.
        Assert.NotEmpty(await client.AskAsync("What was the first vehicle through Kestrel Gap?"));
    }
}
