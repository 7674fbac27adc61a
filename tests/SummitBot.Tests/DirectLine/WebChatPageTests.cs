using System.Net;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.DirectLine;

/// <summary>The Web Chat page at <c>/</c>, its bundle served by the bot, and the token it fetches.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task ThePageLoadsWebChatFromTheBotItselfAndNeverHoldsTheSecret()
    {
        using var host = new DirectLineHost();
        var http = host.Client().Http;

        var page = await http.GetStringAsync("/");

        Assert.Contains("<title>SummitBot</title>", page);
        Assert.Contains("src=\"webchat/webchat.js\"", page);
        Assert.Contains("api/directline/token", page);
        Assert.DoesNotContain("://cdn", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DirectLineHost.Secret, page);
    }

    [Fact]
    public async Task TheWebChatBundleIsServedByTheBot()
    {
        using var host = new DirectLineHost();
        using var response = await host.Client().Http.GetAsync("/webchat/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.True(script.Length > 1_000_000, $"the Web Chat bundle is {script.Length} characters");
        Assert.Contains("renderWebChat", script);
    }

    [Fact]
    public async Task ThePagesTokenStartsItsOwnConversationAndIsNotTheSecret()
    {
        using var host = new DirectLineHost();
        var anonymous = host.Client(credential: null);

        var (status, session) = await anonymous.PostAsync("/api/directline/token");

        Assert.Equal(HttpStatusCode.OK, status);
        var token = (string)session["token"]!;
        Assert.NotEqual(DirectLineHost.Secret, token);
        Assert.DoesNotContain(DirectLineHost.Secret, session.ToJsonString());
        var client = host.Client(token);
        var (startStatus, started) = await client.PostAsync("/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, startStatus);
        Assert.Equal((string?)session["conversationId"], (string?)started["conversationId"]);

        // The token cannot make more tokens or conversations of its own.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/v3/directline/tokens/generate")).Status);
        var (_, second) = await client.PostAsync("/v3/directline/conversations", new JsonObject());
        Assert.Equal((string?)session["conversationId"], (string?)second["conversationId"]);
    }
}
