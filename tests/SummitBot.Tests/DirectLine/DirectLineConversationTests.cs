using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;

namespace SummitBot.Tests.DirectLine;

/// <summary>Starting, reconnecting, posting and reading a conversation through the Direct Line REST calls.</summary>
public sealed class DirectLineConversationTests
{
    [Fact]
    public async Task StartingIs201AndStartingAgainWithTheSameTokenIs200()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var (status, body) = await client.PostAsync("/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)body["conversationId"]);
        Assert.StartsWith("ws://", (string?)body["streamUrl"]);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream", (string?)body["streamUrl"]);
    }

    [Fact]
    public async Task StartingWithTheSecretGivesANewConversationAndItsToken()
    {
        using var host = new DirectLineHost();
        var (status, first) = await host.Client().PostAsync("/v3/directline/conversations");
        var (_, second) = await host.Client().PostAsync("/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.NotEqual((string?)first["conversationId"], (string?)second["conversationId"]);
        Assert.Equal(1800, (int)first["expires_in"]!);
        var tokenClient = host.Client((string)first["token"]!);
        Assert.NotNull(await tokenClient.SayAsync((string)first["conversationId"]!, "hello"));
    }

    [Fact]
    public async Task ReconnectingGivesAFreshStreamUrlFromTheWatermark()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        await client.SayAsync(conversationId, "hello");
        var (_, watermark) = await client.ActivitiesAsync(conversationId);

        var (status, body) = await client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark={watermark}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)body["conversationId"]);
        Assert.Contains($"watermark={watermark}", (string?)body["streamUrl"]);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
    }

    [Fact]
    public async Task APostedMessageIsEchoedAndAnsweredByTheBotInTheTranscript()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var id = await client.SayAsync(conversationId, "hello");

        var (activities, watermark) = await client.ActivitiesAsync(conversationId);
        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("hello", (string?)echo["text"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.NotNull(echo["channelData"]?["clientActivityID"]);
        var reply = Assert.Single(activities, a => (string?)a["replyToId"] == id);
        Assert.Equal("summitbot", (string?)reply["from"]?["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
        Assert.Equal(activities.Count - 1, int.Parse(watermark!));
    }

    [Fact]
    public async Task AnswersACitedQuestionWithTheCitationEntity()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var id = await client.SayAsync(conversationId, "where is the second summit?");

        var reply = Assert.Single(await client.RepliesToAsync(conversationId, id));
        Assert.Contains("Hanoi", (string?)reply["text"]);
        Assert.Contains("[1]", (string?)reply["text"]);
        var entity = Assert.Single(reply["entities"]!.AsArray(), e => (string?)e!["type"] == "https://schema.org/Message");
        Assert.NotEmpty(entity!["citation"]!.AsArray());
    }

    [Fact]
    public async Task WithAnAppIdSetDirectLineStillAnswersThroughItsOwnCredentials()
    {
        // /api/messages then refuses unsigned requests; Direct Line is authenticated by its secret and tokens instead.
        using var host = new DirectLineHost(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "7b1d3a52-3d6a-4f7e-9d1e-0c2f6f0a9b11",
            ["MicrosoftAppPassword"] = "not-a-real-password",
        });
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var id = await client.SayAsync(conversationId, "where is the second summit?");

        var reply = Assert.Single(await client.RepliesToAsync(conversationId, id));
        Assert.Contains("Hanoi", (string?)reply["text"]);
        using var unsigned = await client.Http.PostAsync("/api/messages", new StringContent(
            """{"type":"message","id":"1","text":"hi","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""",
            System.Text.Encoding.UTF8,
            "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task AFollowUpInTheSameConversationUsesTheEarlierQuestion()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        await client.SayAsync(conversationId, "When is the second summit?");
        var id = await client.SayAsync(conversationId, "And where?");

        var reply = Assert.Single(await client.RepliesToAsync(conversationId, id));
        Assert.Contains("Hanoi", (string?)reply["text"]);
    }

    [Fact]
    public async Task TheWatermarkPagesThroughTheTranscript()
    {
        using var host = new DirectLineHost(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerGet"] = "3" });
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        for (var i = 0; i < 4; i++)
        {
            await client.SayAsync(conversationId, $"hello {i}");
        }

        var seen = new List<JsonObject>();
        string? watermark = null;
        for (var page = 0; page < 10; page++)
        {
            var (activities, next) = await client.ActivitiesAsync(conversationId, watermark);
            Assert.True(activities.Count <= 3, $"a page holds at most 3 activities, got {activities.Count}");
            if (activities.Count == 0)
            {
                Assert.Equal(watermark, next);
                break;
            }

            seen.AddRange(activities);
            watermark = next;
        }

        var ids = seen.Select(a => (string)a["id"]!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(["hello 0", "hello 1", "hello 2", "hello 3"], seen.Where(a => (string?)a["from"]?["id"] == "user-1").Select(a => (string?)a["text"]));
        Assert.Equal(4, seen.Count(a => a["replyToId"] is not null));
    }

    [Fact]
    public async Task TheTranscriptIsBoundedButWatermarksStillMoveOn()
    {
        using var host = new DirectLineHost(settings: new Dictionary<string, string?> { ["DirectLine:MaxTranscriptActivities"] = "10" });
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        string? lastId = null;
        for (var i = 0; i < 12; i++)
        {
            lastId = await client.SayAsync(conversationId, $"hello {i}");
        }

        var (activities, watermark) = await client.ActivitiesAsync(conversationId);

        Assert.Equal(10, activities.Count);
        Assert.Contains(activities, a => (string?)a["id"] == lastId);
        Assert.True(int.Parse(watermark!) >= 23);
    }

    [Fact]
    public async Task MalformedOrIncompleteActivitiesAre400()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        var path = $"/v3/directline/conversations/{conversationId}/activities";

        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadSyntax", await client.SendAsync(HttpMethod.Post, path, "{\"type\": \"message\", "));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadSyntax", await client.SendAsync(HttpMethod.Post, path, "[1, 2]"));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadSyntax", await client.SendAsync(HttpMethod.Post, path, string.Empty));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadSyntax", await client.SendAsync(HttpMethod.Post, path, new string('[', 5000) + new string(']', 5000)));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "MissingProperty", await client.PostAsync(path, new JsonObject { ["text"] = "no type" }));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadArgument", await client.PostAsync(path, new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "u" }, ["timestamp"] = new JsonObject() }));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadArgument", await client.GetAsync($"{path}?watermark=abc"));
    }

    [Fact]
    public async Task AnActivityOverTheSizeLimitIs413()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var response = await client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", DirectLineClient.Message(new string('x', 300 * 1024)));

        DirectLineClient.AssertError(HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge", response);
    }

    [Fact]
    public async Task AnUnknownConversationIs404ForTheSecret()
    {
        using var host = new DirectLineHost();
        var client = host.Client();

        DirectLineClient.AssertError(HttpStatusCode.NotFound, "BadArgument", await client.GetAsync("/v3/directline/conversations/nope/activities"));
        DirectLineClient.AssertError(HttpStatusCode.NotFound, "BadArgument", await client.PostAsync("/v3/directline/conversations/nope/activities", DirectLineClient.Message("hi")));
        DirectLineClient.AssertError(HttpStatusCode.NotFound, "BadArgument", await client.GetAsync("/v3/directline/conversations/nope"));
    }

    [Fact]
    public async Task ABotThatTakesTooLongGets502BotTimeout()
    {
        using var host = new DirectLineHost(bot: new SlowBot(TimeSpan.FromSeconds(5)), settings: new Dictionary<string, string?> { ["DirectLine:BotTimeoutSeconds"] = "1" });
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var response = await client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", DirectLineClient.Message("hello"));

        DirectLineClient.AssertError(HttpStatusCode.BadGateway, "BotTimeout", response);
    }

    [Fact]
    public async Task ABotThatThrowsIsAnsweredWithTheAdaptersApologyNotA500()
    {
        using var host = new DirectLineHost(bot: new ThrowingBot());
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var id = await client.SayAsync(conversationId, "hello");

        var reply = Assert.Single(await client.RepliesToAsync(conversationId, id));
        Assert.Contains("went wrong", (string?)reply["text"]);
    }

    [Fact]
    public async Task AUserWhoJoinsIsWelcomedOnceBeforeTheFirstAnswer()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        var first = await client.SayAsync(conversationId, "hello");
        await client.SayAsync(conversationId, "hello again");

        var (activities, _) = await client.ActivitiesAsync(conversationId);
        var welcome = Assert.Single(activities, a => (string?)a["from"]?["id"] == "summitbot" && a["replyToId"] is null);
        Assert.True(activities.IndexOf(welcome) < activities.FindIndex(a => (string?)a["id"] == first));
    }

    private sealed class SlowBot(TimeSpan delay) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Type == "message")
            {
                await Task.Delay(delay, CancellationToken.None);
                await turnContext.SendActivityAsync("late", cancellationToken: CancellationToken.None);
            }
        }
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Type == "message" ? throw new InvalidOperationException("boom") : Task.CompletedTask;
    }
}

internal static class ListExtensions
{
    public static int FindIndex(this IReadOnlyList<JsonObject> list, Func<JsonObject, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static int IndexOf(this IReadOnlyList<JsonObject> list, JsonObject item) => list.FindIndex(a => ReferenceEquals(a, item));
}
