using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SummitBot.Channels;

namespace SummitBot.Tests.Channels;

/// <summary>The question the bot reads from Teams and Slack messages: the bot's mention and channel markup removed.</summary>
public sealed class IncomingTextTests
{
    [Fact]
    public void StripsTheBotsTeamsMentionWhoseNameHasRegexCharacters()
    {
        var activity = Read(ChannelActivities.TeamsChannelMessage("where is the second summit?", "19:general@thread.tacv2"));

        Assert.Equal("where is the second summit?", IncomingText.Read(activity));
    }

    [Fact]
    public void StripsATeamsMentionAtTheEndAndDecodesTeamsEntities()
    {
        var json = ChannelActivities.TeamsChannelMessage("x", "19:general@thread.tacv2");
        json["text"] = "who is Stephen Biegun&nbsp;&amp; what is his title? <at>Summit (Bot) [v2]*</at>";

        Assert.Equal("who is Stephen Biegun & what is his title?", IncomingText.Read(Read(json)));
    }

    [Fact]
    public void KeepsTheNameOfSomeoneElseMentioned()
    {
        var json = ChannelActivities.TeamsChannelMessage("what did", "19:general@thread.tacv2");
        json["text"] = "<at>Summit (Bot) [v2]*</at> what did <at>Kim Hyok Chol</at> say?";
        json["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Kim Hyok Chol</at>",
            ["mentioned"] = new JsonObject { ["id"] = "29:someone-else", ["name"] = "Kim Hyok Chol" },
        });

        Assert.Equal("what did Kim Hyok Chol say?", IncomingText.Read(Read(json)));
    }

    [Fact]
    public void StripsTheBotsSlackMention()
    {
        var activity = Read(ChannelActivities.SlackMention("where is the second summit?", "B0SUMMIT01:T0TEAM0001:C0GENERAL1"));

        Assert.Equal("where is the second summit?", IncomingText.Read(activity));
    }

    [Fact]
    public void ReadsSlackLinksChannelsAndEscapesAsText()
    {
        var json = ChannelActivities.SlackMention("x", "c");
        json["text"] = "<@U0SUMMITBOT|summitbot> <!here> is <https://example.org/summit|the Hanoi summit> in <#C0GENERAL1|general> &amp; what about &lt;Singapore&gt;?";

        Assert.Equal("is the Hanoi summit in #general & what about <Singapore>?", IncomingText.Read(Read(json)));
    }

    [Fact]
    public void LeavesAngleBracketsAloneOutsideSlack()
    {
        var json = ChannelActivities.SlackMention("x", "c");
        json["channelId"] = "emulator";
        json["text"] = "is 3 < 4 &amp; <b>?";

        Assert.Equal("is 3 < 4 &amp; <b>?", IncomingText.Read(Read(json)));
    }

    private static Activity Read(JsonObject json) => JsonConvert.DeserializeObject<Activity>(json.ToJsonString())!;
}
