using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SummitBot.Tests.Http;
using SummitBot.Tests.Observability;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// An activity's ids go into the URL its reply is posted to; ids too long for any server's request line are refused
/// with 400 before the turn runs, instead of failing with a 500 once the channel refuses the reply.
/// </summary>
public sealed class LongIdTests
{
    [Theory]
    [InlineData("id")]
    [InlineData("conversation")]
    public async Task AnIdTooLongForTheReplysUrlIsA400(string which)
    {
        await using var bot = ObservedBot.Start(new LogCapture());
        var http = bot.CreateClient();
        var activity = new ActivityClient(http, "long-ids").Message("where is the second summit?");
        var longId = new string('x', 20_000);
        if (which == "id")
        {
            activity["id"] = longId;
        }
        else
        {
            activity["conversation"] = new JsonObject { ["id"] = longId };
        }

        using var response = await http.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task AnIdOfAFewHundredCharactersIsAnswered()
    {
        await using var bot = ObservedBot.Start(new LogCapture());
        var http = bot.CreateClient();

        var replies = await new ActivityClient(http, new string('c', 300)).AskAsync("where is the second summit?", a => a["id"] = new string('a', 300));

        Assert.NotEmpty(replies);
    }
}
