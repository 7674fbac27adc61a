using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// Activities that are not questions get the quiet response their type calls for: no 5xx, no apology, no citation;
/// typing gets no reply, an invoke gets an invoke response, an over-long text a short polite reply.
/// </summary>
public sealed class QuietActivityTests(FuzzHost host) : IClassFixture<FuzzHost>
{
    [Fact]
    public async Task AMessageWithNoTextGetsAtMostOneShortReplyWithoutCitation()
    {
        var client = new ActivityClient(host.Factory.CreateClient(), "no-text");
        var replies = await client.AskAsync(string.Empty, a =>
        {
            a.Remove("text");
            a["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/picture.png" });
        });

        Assert.True(replies.Count <= 1);
        AssertQuiet(replies);
    }

    [Fact]
    public async Task ATypingActivityGetsNoReply()
    {
        var client = new ActivityClient(host.Factory.CreateClient(), "typing");
        var replies = await client.AskAsync(string.Empty, a =>
        {
            a["type"] = "typing";
            a.Remove("text");
        });

        Assert.Empty(replies);
    }

    [Fact]
    public async Task AConversationUpdateAddingOnlyTheBotGetsNoReplyAndAddingAUserGetsOneWelcome()
    {
        var client = new ActivityClient(host.Factory.CreateClient(), "update");
        var botOnly = await client.AskAsync(string.Empty, a => Update(a, "summitbot"));
        var withUser = await client.AskAsync(string.Empty, a => Update(a, "summitbot", "user-1"));

        Assert.Empty(botOnly);
        var welcome = Assert.Single(withUser);
        AssertQuiet(withUser);
        Assert.False(string.IsNullOrWhiteSpace((string?)welcome["text"]));
    }

    [Fact]
    public async Task AnInvokeGetsAnInvokeResponseAndNoServerError()
    {
        var http = host.Factory.CreateClient();
        var activity = new ActivityClient(http, "invoke").Message(string.Empty);
        activity["type"] = "invoke";
        activity["name"] = "application/search";
        activity["value"] = new JsonObject { ["kind"] = "search", ["queryText"] = "summit" };
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = host.Channel.ServiceUrl;

        using var response = await http.PostAsJsonAsync("/api/messages", activity);

        Assert.True((int)response.StatusCode < 500, $"invoke answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task ATextOverTheQuestionLimitGetsAShortPoliteReplyThatDoesNotEchoIt()
    {
        var client = new ActivityClient(host.Factory.CreateClient(), "long-text");
        var question = string.Concat(Enumerable.Repeat("where is the second summit? ", 2_000));

        var replies = await client.AskAsync(question);

        var reply = Assert.Single(replies);
        AssertQuiet(replies);
        var text = (string?)reply["text"] ?? string.Empty;
        Assert.InRange(text.Length, 1, 1_000);
        Assert.DoesNotContain("where is the second summit? where is", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnActivityWithoutAConversationIsRefusedWith400()
    {
        var http = host.Factory.CreateClient();
        var activity = new ActivityClient(http, "none").Message("where is the second summit?");
        activity.Remove("conversation");

        using var response = await http.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AReplyThatCannotBeDeliveredToItsServiceUrlIsAGatewayErrorWithoutInternals()
    {
        var http = host.Factory.CreateClient();
        var activity = new ActivityClient(http, "undeliverable").Message("where is the second summit?");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = "http://127.0.0.1:9/";

        using var response = await http.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("ServiceUrlUnreachable", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    private static void Update(JsonObject activity, params string[] added)
    {
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray([.. added.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
    }

    private static void AssertQuiet(IReadOnlyList<JsonObject> replies)
    {
        foreach (var reply in replies)
        {
            Assert.NotEqual(SummitBot.Hosting.SummitBotAdapter.ApologyText, (string?)reply["text"]);
            var entities = reply["entities"]?.AsArray() ?? [];
            Assert.DoesNotContain(entities, e => e?["citation"] is not null);
        }
    }
}
