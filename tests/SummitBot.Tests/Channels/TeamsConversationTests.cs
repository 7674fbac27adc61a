using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace SummitBot.Tests.Channels;

/// <summary>SummitBot in a Teams channel, through the real pipeline: what a Teams user sees.</summary>
public sealed class TeamsConversationTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    private const string Thread = "19:a1b2c3d4e5f6@thread.tacv2";

    [Fact]
    public async Task AnswersAMentionInTheThreadItCameFromWithCitationsAndFeedbackButtons()
    {
        var incoming = ChannelActivities.TeamsChannelMessage("where is the second summit?", Thread);

        var reply = Assert.Single(await bot.AskAsync(incoming));

        var text = (string)reply["text"]!;
        Assert.Contains("Hanoi", text, StringComparison.Ordinal);
        Assert.Contains("[1]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", text, StringComparison.Ordinal);
        Assert.Equal((string?)incoming["conversation"]!["id"], (string?)reply["conversation"]?["id"]);
        Assert.EndsWith(";messageid=" + (string)incoming["id"]!, (string)reply["conversation"]!["id"]!, StringComparison.Ordinal);
        Assert.Equal((string?)incoming["id"], (string?)reply["replyToId"]);

        var message = Assert.Single(reply["entities"]!.AsArray(), e => (string?)e?["type"] == "https://schema.org/Message")!;
        var claim = Assert.Single(message["citation"]!.AsArray())!;
        Assert.Equal(1, (int)claim["position"]!);
        Assert.InRange(((string)claim["appearance"]!["name"]!).Length, 1, 80);
        Assert.InRange(((string)claim["appearance"]!["abstract"]!).Length, 1, 160);

        Assert.Equal("default", (string?)reply["channelData"]?["feedbackLoop"]?["type"]);
        Assert.InRange(text.Length, 1, 4_000);
    }

    [Fact]
    public async Task DeclinesWithoutCitationOrFeedbackButtons()
    {
        var reply = Assert.Single(await bot.AskAsync(ChannelActivities.TeamsChannelMessage("Where will the third summit be held?", Thread)));

        Assert.Contains("not in my sources", (string)reply["text"]!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(reply["entities"]?.AsArray() ?? [], e => (string?)e?["type"] == "https://schema.org/Message");
        Assert.Null(reply["channelData"]?["feedbackLoop"]);
    }

    [Fact]
    public async Task AnswersTheFeedbackInvokeWithAnEmptyOkAndRecordsIt()
    {
        var invoke = ChannelActivities.TeamsChannelMessage("x", Thread);
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke.Remove("text");
        invoke.Remove("deliveryMode");
        invoke["replyToId"] = "1700000099999";
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = "dislike",
                ["feedback"] = """{"feedbackText":"The date is missing"}""",
            },
        };

        using var response = await bot.Client.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var recorded = Assert.Single(bot.Logs.Entries, e => e.Category.EndsWith("TeamsFeedback", StringComparison.Ordinal) && e.Level == LogLevel.Information);
        var state = recorded.State.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("dislike", state["Reaction"]);
        Assert.Equal((string?)invoke["conversation"]!["id"], state["ConversationId"]);
        Assert.Equal("1700000099999", state["AnswerId"]);
        Assert.Equal(true, state["HasComment"]);
        Assert.DoesNotContain("The date is missing", recorded.Message, StringComparison.Ordinal);
    }
}
