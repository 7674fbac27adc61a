using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using SummitBot.Tests.Http;
using SummitBot.Tests.Observability;
using SummitBot.TestTools;

namespace SummitBot.Tests.State;

/// <summary>
/// Redis lost, answers kept: a running bot whose redis-server is stopped (or hangs) still answers every question that
/// needs no context, cited, within 2 s; a follow-up that needs the lost context is told so; readiness turns unready;
/// and when redis-server is back the bot uses it again without a restart, with the context it had before the outage
/// intact (nothing was written over it meanwhile). Each test has its own persistent redis-server and bot.
/// </summary>
[Trait("Category", "Service")]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RecoverWithin = TimeSpan.FromSeconds(20);

    private readonly RedisServer _redis = new(persistent: true);
    private WebApplicationFactory<Program> _bot = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _bot = ObservedBot.Start(new LogCapture(), new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = _redis.ConnectionString });
        _http = _bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _redis.Resume();
        _http.Dispose();
        await _bot.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task WhileRedisIsStoppedQuestionsAreAnsweredAndFollowUpsToldTheContextIsLostThenRedisIsUsedAgain()
    {
        var before = new ActivityClient(_http, "outage-before");
        Assert.Contains("February 27", Text(await before.AskAsync("When is the second summit?")));

        await _redis.StopAsync();

        // A question that needs no context: answered and cited, within 2 s, turn after turn.
        var during = new ActivityClient(_http, "outage-during");
        foreach (var question in new[] { "where is the second summit?", "who is Stephen Biegun?", "where is the second summit?" })
        {
            var (replies, elapsed) = await TimedAsync(() => during.AskAsync(question));
            Assert.True(elapsed < AnswerWithin, $"'{question}' took {elapsed.TotalMilliseconds:F0} ms with Redis stopped");
            AssertCited(replies);
        }

        // A follow-up whose context is in the lost store: told so plainly, no guess, no citation.
        var (followUp, followUpTime) = await TimedAsync(() => before.AskAsync("And where?"));
        Assert.True(followUpTime < AnswerWithin, $"the follow-up took {followUpTime.TotalMilliseconds:F0} ms");
        Assert.Contains("lost track of our conversation", Text(followUp));
        Assert.DoesNotContain("Hanoi", Text(followUp));
        Assert.Null(Citations(followUp));

        using (var unready = await _http.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);
            Assert.Contains("storage", await unready.Content.ReadAsStringAsync());
        }

        await _redis.StartAgainAsync();
        await WaitReadyAsync();

        // The context of before the outage was neither lost nor overwritten: the same follow-up now finds it.
        Assert.Contains("Hanoi", Text(await before.AskAsync("And where?")));

        // New turns are kept in Redis again; the outage's turns left nothing there.
        var after = new ActivityClient(_http, "outage-after");
        AssertCited(await after.AskAsync("where is the second summit?"));
        Assert.NotEmpty(Keys("*outage-after*"));
        Assert.Empty(Keys("*outage-during*"));
    }

    [Fact]
    public async Task WhileRedisHangsOnlyTheFirstTurnWaitsAndForLessThanTwoSecondsThenTurnsDoNotWaitAtAll()
    {
        var before = new ActivityClient(_http, "hang-before");
        Assert.Contains("February 27", Text(await before.AskAsync("When is the second summit?")));

        _redis.Pause();

        var during = new ActivityClient(_http, "hang-during");
        var (first, firstTime) = await TimedAsync(() => during.AskAsync("where is the second summit?"));
        Assert.True(firstTime < AnswerWithin, $"the first turn with Redis hung took {firstTime.TotalMilliseconds:F0} ms");
        AssertCited(first);

        // The circuit is open: no turn waits for Redis's timeout (1 s) any more.
        for (var i = 0; i < 4; i++)
        {
            var (replies, elapsed) = await TimedAsync(() => during.AskAsync("who is Stephen Biegun?"));
            Assert.True(elapsed < TimeSpan.FromMilliseconds(900), $"turn {i + 2} with Redis hung took {elapsed.TotalMilliseconds:F0} ms");
            AssertCited(replies);
        }

        Assert.Contains("lost track of our conversation", Text(await before.AskAsync("And where?")));

        _redis.Resume();
        await WaitReadyAsync();
        Assert.Contains("Hanoi", Text(await before.AskAsync("And where?")));
    }

    [Fact]
    public async Task WhileRedisIsStoppedARetryOfAnActivityIsAnsweredOnce()
    {
        await using var channel = await ChannelListener.StartAsync();
        var poster = new TurnPoster(channel.ServiceUrl);
        await _redis.StopAsync();

        var first = await poster.DeliverAsync(_http, "outage-retry", "activity-1", "where is the second summit?");
        var retry = await poster.DeliverAsync(_http, "outage-retry", "activity-1", "where is the second summit?");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, retry);
        var replies = channel.RepliesTo("outage-retry", "activity-1");
        Assert.Single(replies);
        Assert.Contains("Hanoi", (string?)replies[0]["text"]);
    }

    private static async Task<(IReadOnlyList<JsonObject> Replies, TimeSpan Elapsed)> TimedAsync(Func<Task<IReadOnlyList<JsonObject>>> ask)
    {
        var clock = Stopwatch.StartNew();
        var replies = await ask();
        return (replies, clock.Elapsed);
    }

    private static string Text(IReadOnlyList<JsonObject> replies) =>
        string.Join("\n", replies.Where(r => (string?)r["type"] == "message").Select(r => (string?)r["text"]));

    private static JsonArray? Citations(IReadOnlyList<JsonObject> replies) =>
        replies.Select(r => r["entities"]?.AsArray().FirstOrDefault(e => (string?)e?["type"] == "https://schema.org/Message")?["citation"]?.AsArray())
            .FirstOrDefault(c => c is not null);

    private static void AssertCited(IReadOnlyList<JsonObject> replies)
    {
        var text = Text(replies);
        Assert.DoesNotContain("Sorry, something went wrong", text);
        Assert.Contains("[1]", text);
        Assert.NotEmpty(Citations(replies)!);
    }

    private async Task WaitReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var ready = await _http.GetAsync(new Uri("/readyz", UriKind.Relative));
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(clock.Elapsed < RecoverWithin, $"the bot was not ready {RecoverWithin.TotalSeconds} s after Redis returned: {await ready.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }

    private List<string> Keys(string pattern)
    {
        var server = _redis.Connection.GetServers()[0];
        return [.. server.Keys(pattern: pattern).Select(k => k.ToString())];
    }
}
