using SummitBot.Answering;
using SummitBot.Search;
using SummitBot.Tests.Http;
using SummitBot.Tests.Knowledge;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Search;

public sealed class LiveReloadTests
{
    private const string NewSource = """
        id: oslo-talks
        title: Envoys Open Talks in Oslo
        section: Test
        publisher: not named in the text
        ---
        The envoys opened their talks in Oslo on Monday.
        """;

    private const string NewFacts = """
        [entity oslo-talks]
        name: the Oslo talks
        type: event
        class: talks
        aliases: Oslo talks | talks in Oslo

        [fact oslo-talks-date]
        about: oslo-talks
        asks: date
        answer: Monday
        says: The envoys opened the Oslo talks on Monday.
        source: oslo-talks
        passage: The envoys opened their talks in Oslo on Monday.
        """;

    [Fact]
    public async Task TurnsDuringAReloadAreAnsweredWholeFromOldOrNewKnowledge()
    {
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        using var answering = new AnsweringHost(folder);
        Assert.Equal(AnswerKind.Declined, answering.Converse("When did the Oslo talks open?").Kind);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var failures = 0;
        var asked = 0;
        var askers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var answer = answering.Converse("where is the second summit?");
                Interlocked.Increment(ref asked);
                if (!answer.Text.Contains("Hanoi", StringComparison.Ordinal) || answer.Citations.Count != 1)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        for (var round = 0; round < 3; round++)
        {
            // Each swap happens while questions are being answered.
            await WaitForAsks(() => Volatile.Read(ref asked), 5);
            File.WriteAllText(Path.Combine(folder, "sources", "oslo-talks.txt"), NewSource + $"\n\nRound {round}.\n");
            File.WriteAllText(Path.Combine(folder, "facts", "oslo-talks.facts"), NewFacts);
            Assert.True(answering.Provider.Reload(), $"round {round} did not swap in new knowledge");
        }

        await WaitForAsks(() => Volatile.Read(ref asked), 5);
        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.True(asked > 0);
        Assert.Equal(0, failures);
        Assert.Contains("Monday", answering.Converse("When did the Oslo talks open?").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleChangedWhileQuestionsAreAskedIsServedWithoutAFailedOrEmptyTurn()
    {
        const string ferry = "Where will the ferry service resume?";
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        var article = Path.Combine(folder, "sources", "ferry-talks.txt");
        File.WriteAllText(article, FerryArticle("Marlowe", "Tuesday"));
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = folder,
            ["Knowledge:ReloadDelay"] = "00:00:00.200",
            ["RateLimiting:Enabled"] = "false",
        });
        var http = factory.CreateClient();
        Assert.StartsWith("Marlowe", await TextOf(new ActivityClient(http, "before"), ferry), StringComparison.Ordinal);

        // Four conversations ask without pause, two about the article and two about the shipped one, while the article changes.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var asked = 0;
        var changedSeen = new bool[4];
        var askers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var client = new ActivityClient(http, $"load-{n}");
            var question = n % 2 == 0 ? ferry : "where is the second summit?";
            while (!stop.IsCancellationRequested && !(changedSeen[n] && Volatile.Read(ref asked) > 200))
            {
                string text;
                try
                {
                    text = await TextOf(client, question);
                }
                catch (HttpRequestException e)
                {
                    failures.Enqueue($"{question}: {e.Message}");
                    continue;
                }

                Interlocked.Increment(ref asked);
                var expected = n % 2 == 1 ? text.Contains("Hanoi", StringComparison.Ordinal)
                    : text.StartsWith("Dunmore", StringComparison.Ordinal) ? changedSeen[n] = true
                    : text.StartsWith("Marlowe", StringComparison.Ordinal) && !changedSeen[n];
                changedSeen[n] |= n % 2 == 1 && changedSeen[n - 1];
                if (!expected || !text.Contains("Sources", StringComparison.Ordinal))
                {
                    failures.Enqueue($"{question} (after the change was served: {changedSeen[n]}): {text}");
                }
            }
        })).ToList();

        await WaitForAsks(() => Volatile.Read(ref asked), 40);
        File.WriteAllText(article, FerryArticle("Dunmore", "Friday"));
        await Task.WhenAll(askers);

        Assert.Empty(failures);
        Assert.True(changedSeen[0] && changedSeen[2], "the changed article was not served within a minute");
        Assert.True(asked > 200, $"only {asked} turns were answered");
    }

    [Fact]
    public async Task ATurnThatTookTheSnapshotBeforeASwapFinishesOnItAndTheNextTurnGetsTheNewOne()
    {
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        var article = Path.Combine(folder, "sources", "ferry-talks.txt");
        File.WriteAllText(article, FerryArticle("Marlowe", "Tuesday"));
        using var answering = new AnsweringHost(folder);
        var before = answering.Provider.Current;

        File.WriteAllText(article, FerryArticle("Dunmore", "Friday"));
        Assert.True(answering.Provider.Reload());
        var after = answering.Provider.Current;

        // The one the turn holds still reads its own commit after the swap, and some time later.
        await Task.Delay(200);
        Assert.NotSame(before, after);
        Assert.Contains(before.SearchSentences(before.Analyzer.Terms("ferry Marlowe"), 5), h => h.SourceId == "ferry-talks");
        Assert.Empty(before.SearchSentences(before.Analyzer.Terms("ferry Dunmore"), 5));
        Assert.Contains(after.SearchSentences(after.Analyzer.Terms("ferry Dunmore"), 5), h => h.SourceId == "ferry-talks");
        Assert.StartsWith("Dunmore", answering.Converse("Where will the ferry service resume?").Text, StringComparison.Ordinal);
        Assert.Equal((IndexUpdateKind.Updated, 1), (after.Update.Kind, after.Update.Changed));
    }

    private static string FerryArticle(string place, string day) => $"""
        id: ferry-talks
        title: Ferry Service Between Corvalia and Drenmark to Resume
        section: Test
        publisher: not stated
        published: March 4, 2019
        ---
        The ferry service between Corvalia and Drenmark will resume in {place} on {day}, officials in both capitals said.

        The crossing was suspended in January after a storm damaged the harbour.
        """;

    private static async Task<string> TextOf(ActivityClient client, string question) =>
        await client.AskAsync(question) is [var reply, ..] ? reply["text"]?.GetValue<string>() ?? string.Empty : string.Empty;

    private static async Task WaitForAsks(Func<int> asked, int more)
    {
        var target = asked() + more;
        for (var wait = 0; wait < 300 && asked() < target; wait++)
        {
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task TheRunningBotServesAFactAddedToTheKnowledgeFolder()
    {
        var folder = KnowledgeLoaderTests.CopyOfKnowledge();
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = folder,
            ["Knowledge:ReloadDelay"] = "00:00:00.200",
            ["RateLimiting:Enabled"] = "false",
        });
        var client = new ActivityClient(factory.CreateClient(), "live-reload");
        Assert.Contains("not in my sources", (await client.AskAsync("When did the Oslo talks open?"))[0]["text"]!.GetValue<string>(), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "sources", "oslo-talks.txt"), NewSource);
        File.WriteAllText(Path.Combine(folder, "facts", "oslo-talks.facts"), NewFacts);

        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !text.Contains("Monday", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200);
            text = (await client.AskAsync("When did the Oslo talks open?"))[0]["text"]!.GetValue<string>();
        }

        Assert.Contains("Monday", text, StringComparison.Ordinal);
    }
}
