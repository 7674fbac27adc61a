using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.State;
using SummitBot.TestTools;

namespace SummitBot.Tests.State;

/// <summary>
/// A channel that delivers the same activity again (same id, same conversation) gets it answered once: through the
/// connector (replies counted at a loopback listener standing in for the serviceUrl) and with expectReplies (the
/// retry gets the first delivery's replies again, never a second, different answer). One bot instance, in-memory state.
/// </summary>
public sealed class RetriesAnsweredOnceTests : IAsyncLifetime
{
    private const string Question = "where is the second summit?";
    private ChannelListener _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelListener.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task AnswersAnActivityDeliveredTwiceThroughTheConnectorOnce()
    {
        var answers = new CountingAnswers();
        await using var bot = new StateBot(answers: answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, await poster.DeliverAsync(bot.Client, "c-twice", "a-1", Question));
        Assert.Equal(HttpStatusCode.OK, await poster.DeliverAsync(bot.Client, "c-twice", "a-1", Question));
        Assert.Equal(HttpStatusCode.OK, await poster.DeliverAsync(bot.Client, "c-twice", "a-2", Question));

        Assert.Contains("Hanoi", (string?)Assert.Single(_channel.RepliesTo("c-twice", "a-1"))["text"], StringComparison.Ordinal);
        Assert.Single(_channel.RepliesTo("c-twice", "a-2"));
        Assert.Equal(2, _channel.RepliesIn("c-twice").Count);
        Assert.Equal(2, answers.Asked);
    }

    [Fact]
    public async Task WelcomesOnceWhenTeamsDeliversAnInstallationTwice()
    {
        await using var bot = new StateBot();
        var installation = Channels.ChannelActivities.TeamsInstallation("a:c-installed-twice", "personal");
        installation["serviceUrl"] = _channel.ServiceUrl;
        installation.Remove("deliveryMode");

        for (var delivery = 0; delivery < 2; delivery++)
        {
            using var response = await bot.Client.PostAsJsonAsync("/api/messages", installation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(_channel.RepliesIn("a:c-installed-twice"));
    }

    [Fact]
    public async Task AnswersTheSameActivityIdInAnotherConversationSeparately()
    {
        await using var bot = new StateBot();
        var poster = new TurnPoster(_channel.ServiceUrl);

        await poster.DeliverAsync(bot.Client, "c-one", "same-id", Question);
        await poster.DeliverAsync(bot.Client, "c-two", "same-id", Question);

        Assert.Single(_channel.RepliesTo("c-one", "same-id"));
        Assert.Single(_channel.RepliesTo("c-two", "same-id"));
    }

    [Fact]
    public async Task AnswersRetriesOfASlowTurnArrivingWhileItRunsOnce()
    {
        var answers = new CountingAnswers { Delay = TimeSpan.FromMilliseconds(600) };
        await using var bot = new StateBot(answers: answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        var deliveries = Enumerable.Range(0, 4).Select(_ => poster.DeliverAsync(bot.Client, "c-slow", "a-1", Question)).ToArray();
        var statuses = await Task.WhenAll(deliveries);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Single(_channel.RepliesTo("c-slow", "a-1"));
        Assert.Equal(1, answers.Asked);
    }

    [Fact]
    public async Task GivesAnExpectRepliesRetryTheSameRepliesAgain()
    {
        var answers = new CountingAnswers();
        await using var bot = new StateBot(answers: answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        var first = await poster.AskAsync(bot.Client, "c-expect", "a-1", Question);
        var retry = await poster.AskAsync(bot.Client, "c-expect", "a-1", Question);

        Assert.Contains("Hanoi", Assert.Single(first), StringComparison.Ordinal);
        Assert.Equal(first, retry);
        Assert.Equal(1, answers.Asked);
        Assert.Empty(_channel.RepliesIn("c-expect"));
    }

    [Fact]
    public async Task GivesConcurrentExpectRepliesRetriesOfASlowTurnTheOneAnswer()
    {
        var answers = new CountingAnswers { Delay = TimeSpan.FromMilliseconds(600) };
        await using var bot = new StateBot(answers: answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        var all = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => poster.AskAsync(bot.Client, "c-expect-slow", "a-1", Question)));

        Assert.All(all, replies => Assert.Equal(all[0], replies));
        Assert.Contains("Hanoi", Assert.Single(all[0]), StringComparison.Ordinal);
        Assert.Equal(1, answers.Asked);
    }

    [Fact]
    public async Task AnswersARetryWhoseFirstDeliveryFailed()
    {
        var answers = new CountingAnswers { FailFirst = 1 };
        await using var bot = new StateBot(answers: answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        var failed = await poster.AskAsync(bot.Client, "c-failed", "a-1", Question);
        var retried = await poster.AskAsync(bot.Client, "c-failed", "a-1", Question);

        Assert.Equal([Hosting.SummitBotAdapter.ApologyText], failed);
        Assert.Contains("Hanoi", Assert.Single(retried), StringComparison.Ordinal);
        Assert.Equal(2, answers.Asked);
    }

    [Fact]
    public async Task DoesNotAnswerAgainWhenTheFirstDeliveryFailedAfterItHadReplied()
    {
        var answers = new CountingAnswers();
        await using var bot = new StateBot(answers: answers, services: s =>
        {
            // Saving the conversation state (after the reply went out) fails once, as when the channel hangs up.
            var original = s.Last(d => d.ServiceType == typeof(IStorage));
            s.Remove(original);
            s.AddSingleton<IStorage>(sp => new FailingOnce((IStorage)original.ImplementationFactory!(sp)));
        });
        var poster = new TurnPoster(_channel.ServiceUrl);

        await poster.DeliverAsync(bot.Client, "c-late-failure", "a-1", Question);
        await poster.DeliverAsync(bot.Client, "c-late-failure", "a-1", Question);

        Assert.Single(_channel.RepliesTo("c-late-failure", "a-1"));
        Assert.Equal(1, answers.Asked);
    }

    [Fact]
    public async Task AnswersARetryWhoseFirstTurnDiedWithItsInstanceOnceTheLeasePasses()
    {
        var answers = new CountingAnswers();
        await using var bot = new StateBot(new Dictionary<string, string?> { ["State:Replay:Lease"] = "00:00:01" }, answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        // What an instance killed mid-turn leaves behind: a claim that never completes.
        var store = bot.Services.GetRequiredService<ReplayStore>().Storage;
        var key = ReplayGuard.KeyOf(new Microsoft.Bot.Schema.Activity { ChannelId = "emulator", Conversation = new(id: "c-died"), Id = "a-1" });
        await store.WriteAsync(new Dictionary<string, object> { [key] = new ReplayRecord { StartedAt = DateTimeOffset.UtcNow } });

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, await poster.DeliverAsync(bot.Client, "c-died", "a-1", Question));
        clock.Stop();
        Assert.Equal(HttpStatusCode.OK, await poster.DeliverAsync(bot.Client, "c-died", "a-1", Question));

        Assert.Single(_channel.RepliesTo("c-died", "a-1"));
        Assert.Equal(1, answers.Asked);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task AnswersEveryDeliveryWhenTheActivityHasNoId()
    {
        var answers = new CountingAnswers();
        await using var bot = new StateBot(answers: answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        await poster.DeliverAsync(bot.Client, "c-no-id", null, Question);
        await poster.DeliverAsync(bot.Client, "c-no-id", null, Question);

        Assert.Equal(2, _channel.RepliesIn("c-no-id").Count);
        Assert.Equal(2, answers.Asked);
    }

    [Fact]
    public async Task AnswersARetryAgainWhenTheGuardIsSwitchedOff()
    {
        var answers = new CountingAnswers();
        await using var bot = new StateBot(new Dictionary<string, string?> { ["State:Replay:Enabled"] = "false" }, answers);
        var poster = new TurnPoster(_channel.ServiceUrl);

        await poster.DeliverAsync(bot.Client, "c-off", "a-1", Question);
        await poster.DeliverAsync(bot.Client, "c-off", "a-1", Question);

        // The control for the tests above: without the guard, the channel's retry is answered twice.
        Assert.Equal(2, _channel.RepliesTo("c-off", "a-1").Count);
    }

    [Fact]
    public void RegistersTheGuardOnTheAdapter()
    {
        using var factory = new Http.BotApplicationFactory();
        var adapter = factory.Services.GetRequiredService<Hosting.SummitBotAdapter>();

        Assert.Contains(adapter.MiddlewareSet, m => m is ReplayGuard);
        Assert.IsType<BoundedMemoryStorage>(factory.Services.GetRequiredService<IStorage>());
    }

    /// <summary>A store whose first write fails.</summary>
    private sealed class FailingOnce(IStorage inner) : IStorage
    {
        private int _writes;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _writes) == 1
                ? throw new TimeoutException("The store failed on purpose, as a test asked.")
                : inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
