using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.State;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.State;

/// <summary>The State settings are checked when the bot starts, and the in-memory store stays bounded under real turns.</summary>
public sealed class StateSettingsTests
{
    [Theory]
    [InlineData("State:IdleTimeout", "00:00:00")]
    [InlineData("State:MaxItems", "0")]
    [InlineData("State:Replay:Lease", "00:00:00")]
    [InlineData("State:Replay:PollInterval", "00:00:20")]
    [InlineData("State:RedisKeyPrefix", "has spaces")]
    public void RefusesToStartWithAnImpossibleSetting(string key, string value)
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key.Split(':')[^1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsNoMoreConversationsInMemoryThanItsCeilingHoweverManyArrive()
    {
        await using var bot = new StateBot(new Dictionary<string, string?> { ["State:MaxItems"] = "100" });
        var poster = new TurnPoster("http://127.0.0.1:9/");

        for (var i = 0; i < 300; i++)
        {
            var replies = await poster.AskAsync(bot.Client, $"c-many-{i}", "a-1", "where is the second summit?");
            Assert.Single(replies);
        }

        var storage = Assert.IsType<BoundedMemoryStorage>(bot.Services.GetRequiredService<IStorage>());
        Assert.InRange(storage.Count, 1, 100);
    }
}
