using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitBot.Answering;
using SummitBot.Tests.Cli;
using SummitBot.Tests.State;
using SummitBot.Unanswered;

namespace SummitBot.Tests.Unanswered;

/// <summary>With Redis configured, every instance adds to one record of unanswered questions, kept within bounds.</summary>
[Collection(SharedRedis.Name)]
[Trait("Category", "Service")]
public sealed class SharedRecordTests(RedisServer redis)
{
    private const string Unknown = "Who won the chess olympiad in Reykjavik?";
    private readonly string _key = $"test:{Guid.NewGuid():N}:unanswered";

    [Fact]
    public async Task TwoInstancesAddToOneRecordThatTheReportReads()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["State:RedisKeyPrefix"] = $"test:{Guid.NewGuid():N}:",
            ["Unanswered:RedisKey"] = _key,
        };
        await using (var a = new StateBot(settings))
        await using (var b = new StateBot(settings))
        {
            Assert.IsType<RedisUnansweredStore>(a.Services.GetRequiredService<IUnansweredStore>());
            var poster = new TurnPoster("http://127.0.0.1:9/", "webchat");
            await poster.AskAsync(a.Client, "conversation-a", "a-1", Unknown);
            await poster.AskAsync(b.Client, "conversation-b", "b-1", "who won the chess olympiad in reykjavik");
            await poster.AskAsync(b.Client, "conversation-b", "b-2", "Who is the South Korean president?");
            for (var wait = 0; wait < 100 && await redis.Connection.GetDatabase().SortedSetLengthAsync(_key) < 3; wait++)
            {
                await Task.Delay(50);
            }
        }

        var (code, output, error) = await CommandLineTests.RunAsync(
            "report", $"--ConnectionStrings:Redis={redis.ConnectionString}", $"--Unanswered:RedisKey={_key}");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains($"from Redis key {_key}:", output, StringComparison.Ordinal);
        Assert.Contains("3 question(s) in 2 group(s)", output, StringComparison.Ordinal);
        Assert.Matches(@"1\. +2 × ""Who won the chess olympiad in Reykjavik\?""", output);
        Assert.Contains("channels: webchat 2;", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSharedRecordKeepsTheNewestUpToItsMaximumNumberAndAge()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2019, 2, 20, 9, 0, 0, TimeSpan.Zero));
        var store = new RedisUnansweredStore(redis.Connection, _key, maxEntries: 100, TimeSpan.FromDays(7), time);
        await store.AddAsync([Question("too old", time.GetUtcNow())], CancellationToken.None);
        time.Advance(TimeSpan.FromDays(8));
        for (var batch = 0; batch < 3; batch++)
        {
            await store.AddAsync([.. Enumerable.Range(0, 50).Select(i => Question($"question {(batch * 50) + i}", time.GetUtcNow().AddSeconds((batch * 50) + i)))], CancellationToken.None);
        }

        var kept = await store.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);

        Assert.Equal(100, await redis.Connection.GetDatabase().SortedSetLengthAsync(_key));
        Assert.Equal(100, kept.Count);
        Assert.Equal(("question 50", "question 149"), (kept[0].Text, kept[^1].Text));
        Assert.True(await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_key) <= TimeSpan.FromDays(7));
    }

    private static UnansweredQuestion Question(string text, DateTimeOffset at) => new(at, "msteams", text, AnswerType.Place, DeclineReason.NotFound);
}
