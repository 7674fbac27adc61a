using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using SummitBot.Tests.Http;
using SummitBot.Tests.Observability;
using static SummitBot.Tests.Channels.ChannelActivities;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// Limits a user would meet: in a busy Teams group chat someone over their own limit is told once to slow down while
/// the others are answered; a conversation over its limit is told once; nothing else is answered until the limit
/// allows, and the channel gets 200 throughout. Before authentication (no App ID) one client address is limited across
/// its conversations with 429 and Retry-After; health is never limited; the switch turns everything off.
/// </summary>
public sealed class RateLimitTests
{
    private const string Question = "where is the second summit?";

    [Fact]
    public async Task APersonOverTheirLimitIsToldOnceToSlowDownWhileOthersInTheChatAreAnswered()
    {
        await using var bot = Bot(person: 2, conversation: 1000, client: 1000);
        var http = bot.CreateClient();
        var chat = $"19:{Guid.NewGuid():N}@thread.v2";

        var adas = new List<(HttpStatusCode Status, IReadOnlyList<JsonObject> Replies)>();
        for (var i = 0; i < 5; i++)
        {
            adas.Add(await PostAsync(http, TeamsGroupChatMessage(Question, chat, Ada)));
        }

        var graces = await PostAsync(http, TeamsGroupChatMessage(Question, chat, Grace));

        Assert.All(adas, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(adas.Take(2), a => Assert.True(IsCitedAnswer(Assert.Single(a.Replies))));
        var slowDown = Assert.Single(adas[2].Replies);
        Assert.False(IsCitedAnswer(slowDown));
        Assert.Matches(@"wait about \d+ seconds", (string?)slowDown["text"]);
        Assert.Equal("en-US", (string?)slowDown["locale"]);
        Assert.Empty(adas[3].Replies);
        Assert.Empty(adas[4].Replies);
        Assert.True(IsCitedAnswer(Assert.Single(graces.Replies)));
    }

    [Fact]
    public async Task ABusyConversationOverItsLimitIsToldOnceWhileOtherConversationsAreAnswered()
    {
        await using var bot = Bot(person: 1000, conversation: 3, client: 1000);
        var http = bot.CreateClient();
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";

        // Three people in three threads of one channel: the channel's threads count as the channel.
        var answered = new[] { Ada, Grace, Ada }.Select(person => PostAsync(http, TeamsChannelMessage(Question, channel, from: person))).ToList();
        var first = await Task.WhenAll(answered);
        var toldOnce = await PostAsync(http, TeamsChannelMessage(Question, channel, from: Grace));
        var notAgain = await PostAsync(http, TeamsChannelMessage(Question, channel, from: Ada));
        var elsewhere = await PostAsync(http, TeamsGroupChatMessage(Question, $"19:{Guid.NewGuid():N}@thread.v2", Ada));

        Assert.All(first, r => Assert.True(IsCitedAnswer(Assert.Single(r.Replies))));
        Assert.Equal(HttpStatusCode.OK, toldOnce.Status);
        Assert.Contains("This conversation is asking faster", (string?)Assert.Single(toldOnce.Replies)["text"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, notAgain.Status);
        Assert.Empty(notAgain.Replies);
        Assert.True(IsCitedAnswer(Assert.Single(elsewhere.Replies)));
    }

    [Fact]
    public async Task OneClientAddressIsLimitedAcrossItsConversations()
    {
        await using var bot = Bot(conversation: 1000, client: 5);
        _ = bot.Server;

        var fromA = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            fromA.Add(await PostFromAsync(bot, IPAddress.Parse("10.0.0.1"), $"a-{i}"));
        }

        var fromB = await PostFromAsync(bot, IPAddress.Parse("10.0.0.2"), "b-0");

        Assert.Equal([200, 200, 200, 200, 200, 429], fromA);
        Assert.Equal(200, fromB);
    }

    [Fact]
    public async Task ReadingIsNotLimitedOnlySending()
    {
        await using var bot = Bot(conversation: 1000, client: 2);
        var http = bot.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var health = await http.GetAsync("/healthz");
            using var metrics = await http.GetAsync("/metrics");
            using var read = await http.GetAsync("/api/messages");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, read.StatusCode);
        }

        var client = new ActivityClient(http, "after-reading");
        using var first = await http.PostAsJsonAsync("/api/messages", client.Message("where is the second summit?"));
        using var second = await http.PostAsJsonAsync("/api/messages", client.Message("who is Stephen Biegun?"));
        using var third = await http.PostAsJsonAsync("/api/messages", client.Message("where is the second summit?"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task RateLimitingEnabledFalseSwitchesTheLimitsOff()
    {
        await using var bot = ObservedBot.Start(new LogCapture(), new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["RateLimiting:PersonPermitsPerMinute"] = "1",
            ["RateLimiting:ConversationPermitsPerMinute"] = "1",
            ["RateLimiting:ClientPermitsPerMinute"] = "1",
        });
        var http = bot.CreateClient();
        var client = new ActivityClient(http, "unlimited");

        for (var i = 0; i < 5; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/messages", client.Message("where is the second summit?"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static WebApplicationFactory<Program> Bot(int conversation, int client, int person = 1000) =>
        ObservedBot.Start(new LogCapture(), new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PersonPermitsPerMinute"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:ConversationPermitsPerMinute"] = conversation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:ClientPermitsPerMinute"] = client.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static async Task<(HttpStatusCode Status, IReadOnlyList<JsonObject> Replies)> PostAsync(HttpClient http, JsonObject activity)
    {
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        return (response.StatusCode, [.. (body?["activities"]?.AsArray() ?? []).Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message")]);
    }

    private static bool IsCitedAnswer(JsonObject reply) =>
        reply["entities"]?.AsArray().Any(e => (string?)e?["type"] == "https://schema.org/Message") == true;

    /// <summary>Posts one question as if from <paramref name="address"/> (the test server lets the connection be set).</summary>
    private static async Task<int> PostFromAsync(WebApplicationFactory<Program> bot, IPAddress address, string conversationId)
    {
        var activity = new ActivityClient(new HttpClient(), conversationId).Message("where is the second summit?");
        activity["from"]!["id"] = "user-" + address;
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        var context = await bot.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = address;
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/api/messages";
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
        });
        return context.Response.StatusCode;
    }
}
