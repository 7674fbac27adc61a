using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.Http;

/// <summary><c>POST /api/messages</c> through the real ASP.NET Core pipeline.</summary>
public sealed class MessagesEndpointTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    [Fact]
    public async Task ExpectRepliesReturnsTheCitedAnswerInTheResponseBody()
    {
        var client = new ActivityClient(factory.CreateClient(), "http-cited");

        var replies = await client.AskAsync("where is the second summit?");

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Contains("Hanoi, Vietnam, on February 27 and 28 [1]", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var entity = reply["entities"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "https://schema.org/Message")!;
        var claim = entity["citation"]!.AsArray().Single()!;
        Assert.Equal(1, claim["position"]!.GetValue<int>());
        Assert.Contains("Hanoi", claim["appearance"]!["abstract"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRepliesComeAsCompactJsonWithTheirLength()
    {
        var client = new ActivityClient(factory.CreateClient(), "http-compact");
        var activity = client.Message("where is the second summit?");

        using var response = await factory.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.DoesNotContain((byte)'\n', body);
        var reply = Assert.Single(JsonNode.Parse(body)!["activities"]!.AsArray())!;
        Assert.Contains("Hanoi", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    public async Task AMalformedActivityIsABadRequest(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnEmulatorStyleConversationUpdateIsWelcomed()
    {
        var client = new ActivityClient(factory.CreateClient(), "http-welcome");

        var replies = await client.AskAsync(string.Empty, activity =>
        {
            activity["type"] = "conversationUpdate";
            activity.Remove("text");
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" }, new JsonObject { ["id"] = "summitbot" });
        });

        Assert.Contains(replies, r => r["text"]!.GetValue<string>().StartsWith("Welcome!", StringComparison.Ordinal));
    }
}
