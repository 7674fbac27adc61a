using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using SummitBot.Tests.Http;
using SummitBot.Tests.Observability;

namespace SummitBot.Tests.Hardening;

/// <summary>Per-conversation and per-client limits answer 429 with Retry-After; health is never limited; the switch turns them off.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task AConversationOverItsLimitGets429WithRetryAfterWhileOthersAreAnswered()
    {
        await using var bot = Bot(conversation: 3, client: 1000);
        var http = bot.CreateClient();
        var busy = new ActivityClient(http, "busy");

        for (var i = 0; i < 3; i++)
        {
            using var ok = await http.PostAsJsonAsync("/api/messages", busy.Message("where is the second summit?"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await http.PostAsJsonAsync("/api/messages", busy.Message("where is the second summit?"));
        using var other = await http.PostAsJsonAsync("/api/messages", new ActivityClient(http, "calm").Message("where is the second summit?"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = Assert.Single(limited.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("TooManyRequests", (string?)JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
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

    private static WebApplicationFactory<Program> Bot(int conversation, int client) =>
        ObservedBot.Start(new LogCapture(), new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:ConversationPermitsPerMinute"] = conversation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:ClientPermitsPerMinute"] = client.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Posts one question as if from <paramref name="address"/> (the test server lets the connection be set).</summary>
    private static async Task<int> PostFromAsync(WebApplicationFactory<Program> bot, IPAddress address, string conversationId)
    {
        var body = Encoding.UTF8.GetBytes(new ActivityClient(new HttpClient(), conversationId).Message("where is the second summit?").ToJsonString());
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
