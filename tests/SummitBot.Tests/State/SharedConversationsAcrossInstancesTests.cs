using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static SummitBot.Tests.Channels.ChannelActivities;

namespace SummitBot.Tests.State;

/// <summary>
/// Two instances sharing one real redis-server: two people in a Teams group chat, each asking on one instance and
/// following up on the other, get their own follow-ups; each person's context is its own Redis key, which expires
/// like the rest of the bot's state.
/// </summary>
[Collection(SharedRedis.Name)]
[Trait("Category", "Service")]
public sealed class SharedConversationsAcrossInstancesTests(RedisServer redis)
{
    private const string FollowUp = "What is his title?";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task EachPersonsFollowUpInAGroupChatIsReadOnEitherInstanceFromTheirOwnKey()
    {
        await using var a = new StateBot(Settings());
        await using var b = new StateBot(Settings());
        var kimTitle = await ReferenceAsync(a.Client, "Who is Kim Hyok Chol?");
        var biegunTitle = await ReferenceAsync(a.Client, "Who is Stephen Biegun?");
        Assert.NotEqual(kimTitle, biegunTitle);
        var chat = $"19:{_run}group@thread.v2";

        await AskAsync(a.Client, TeamsGroupChatMessage("Who is Kim Hyok Chol?", chat, Ada));
        await AskAsync(b.Client, TeamsGroupChatMessage("Who is Stephen Biegun?", chat, Grace));
        var adas = await AskAsync(b.Client, TeamsGroupChatMessage(FollowUp, chat, Ada));
        var graces = await AskAsync(a.Client, TeamsGroupChatMessage(FollowUp, chat, Grace));

        Assert.Equal(kimTitle, adas);
        Assert.Equal(biegunTitle, graces);
        var db = redis.Connection.GetDatabase();
        foreach (var person in new[] { Ada, Grace })
        {
            var key = $"test:{_run}:msteams/conversations/{chat}/people/{person.TeamsId}";
            Assert.True(await db.KeyExistsAsync(key), key);
            Assert.InRange(await db.KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        }

        Assert.False(await db.KeyExistsAsync($"test:{_run}:msteams/conversations/{chat}"));
    }

    /// <summary>What the follow-up gets after <paramref name="question"/> in a personal chat of its own.</summary>
    private async Task<string> ReferenceAsync(HttpClient bot, string question)
    {
        var chat = $"a:{_run}-{Guid.NewGuid():N}";
        await AskAsync(bot, TeamsPersonalMessage(question, chat, Ada));
        return await AskAsync(bot, TeamsPersonalMessage(FollowUp, chat, Ada));
    }

    private static async Task<string> AskAsync(HttpClient bot, JsonObject activity)
    {
        using var response = await bot.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var reply = Assert.Single(body!["activities"]!.AsArray(), r => (string?)r?["type"] == "message")!;
        return (string?)reply["text"] ?? string.Empty;
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Redis"] = redis.ConnectionString,
        ["State:RedisKeyPrefix"] = $"test:{_run}:",
    };
}
