using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.State;
using SummitBot.TestTools;

namespace SummitBot.Tests.State;

/// <summary>
/// Two instances of the bot sharing one real redis-server: a channel's retry that lands on the other instance is still
/// answered once, through the connector and with expectReplies.
/// </summary>
[Collection(SharedRedis.Name)]
[Trait("Category", "Service")]
public sealed class RetriesAcrossInstancesTests(RedisServer redis) : IAsyncLifetime
{
    private const string Question = "where is the second summit?";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private ChannelListener _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelListener.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task UsesRedisForStateAndReplayRecordsWhenItsConnectionStringIsSet()
    {
        await using var bot = new StateBot(Settings());
        var state = bot.Services.GetRequiredService<IStorage>();
        var replay = bot.Services.GetRequiredService<ReplayStore>().Storage;

        // Redis behind the circuit breaker; the replay records fall back to memory only while Redis is away.
        Assert.IsType<CircuitBreakingStorage>(state);
        Assert.IsType<FallbackStorage>(replay);
        await state.WriteAsync(new Dictionary<string, object> { ["state-item"] = new PocoItem { Id = "s" } });
        await replay.WriteAsync(new Dictionary<string, object> { ["replay-item"] = new PocoItem { Id = "r" } });
        var db = redis.Connection.GetDatabase();
        Assert.True(await db.KeyExistsAsync($"test:{_run}:state-item"));
        Assert.True(await db.KeyExistsAsync($"test:{_run}:replay:replay-item"));
    }

    [Fact]
    public async Task AnswersARetryLandingOnTheOtherInstanceOnceThroughTheConnector()
    {
        var answersA = new CountingAnswers();
        var answersB = new CountingAnswers();
        await using var a = new StateBot(Settings(), answersA);
        await using var b = new StateBot(Settings(), answersB);
        var poster = new TurnPoster(_channel.ServiceUrl);
        var conversation = $"c-{_run}-connector";

        await poster.DeliverAsync(a.Client, conversation, "a-1", Question);
        await poster.DeliverAsync(b.Client, conversation, "a-1", Question);
        await poster.DeliverAsync(b.Client, conversation, "a-2", Question);

        Assert.Single(_channel.RepliesTo(conversation, "a-1"));
        Assert.Single(_channel.RepliesTo(conversation, "a-2"));
        Assert.Equal((1, 1), (answersA.Asked, answersB.Asked));
    }

    [Fact]
    public async Task AnswersASlowTurnDeliveredToBothInstancesAtOnceOnce()
    {
        var answersA = new CountingAnswers { Delay = TimeSpan.FromMilliseconds(600) };
        var answersB = new CountingAnswers { Delay = TimeSpan.FromMilliseconds(600) };
        await using var a = new StateBot(Settings(), answersA);
        await using var b = new StateBot(Settings(), answersB);
        var poster = new TurnPoster(_channel.ServiceUrl);
        var conversation = $"c-{_run}-both";

        await Task.WhenAll(
            poster.DeliverAsync(a.Client, conversation, "a-1", Question),
            poster.DeliverAsync(b.Client, conversation, "a-1", Question),
            poster.DeliverAsync(a.Client, conversation, "a-1", Question),
            poster.DeliverAsync(b.Client, conversation, "a-1", Question));

        Assert.Single(_channel.RepliesTo(conversation, "a-1"));
        Assert.Equal(1, answersA.Asked + answersB.Asked);
    }

    [Fact]
    public async Task GivesAnExpectRepliesRetryOnTheOtherInstanceTheSameReplies()
    {
        var answersA = new CountingAnswers();
        var answersB = new CountingAnswers();
        await using var a = new StateBot(Settings(), answersA);
        await using var b = new StateBot(Settings(), answersB);
        var poster = new TurnPoster(_channel.ServiceUrl);
        var conversation = $"c-{_run}-expect";

        var first = await poster.AskAsync(a.Client, conversation, "a-1", Question);
        var retry = await poster.AskAsync(b.Client, conversation, "a-1", Question);

        Assert.Contains("Hanoi", Assert.Single(first), StringComparison.Ordinal);
        Assert.Equal(first, retry);
        Assert.Equal((1, 0), (answersA.Asked, answersB.Asked));
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Redis"] = redis.ConnectionString,
        ["State:RedisKeyPrefix"] = $"test:{_run}:",
    };
}
