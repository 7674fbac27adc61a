using SummitBot.Answering;
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
