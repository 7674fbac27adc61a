using Newtonsoft.Json.Linq;
using SummitBot.Channels.Teams;

namespace SummitBot.Tests.Channels;

/// <summary>The Teams text of a reply, for answers of any size: references and suggestions left to the entity and buttons, feedback buttons, a capped text.</summary>
public sealed class TeamsReplyTests
{
    [Fact]
    public void LeavesTheSourceListToTheCitationEntityAndAsksForFeedback()
    {
        var answer = SampleAnswers.Answered("The second summit will take place in Hanoi [1].", passageLength: 300);

        var reply = TeamsReply.Create(answer);

        Assert.StartsWith("The second summit will take place in Hanoi [1].", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", reply.Text, StringComparison.Ordinal);
        Assert.Equal("default", (string?)((JObject)reply.ChannelData)["feedbackLoop"]?["type"]);
        Assert.Equal("markdown", reply.TextFormat);
    }

    [Fact]
    public void LeavesADeclinesSuggestionsToTheButtonsAndAsksNoFeedback()
    {
        var answer = SampleAnswers.Declined();

        var reply = TeamsReply.Create(answer);

        Assert.Equal("Sorry, that's not in my sources.", reply.Text);
        Assert.All(answer.Suggestions, s => Assert.DoesNotContain(s, reply.Text, StringComparison.Ordinal));
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Null(reply.ChannelData);
    }

    [Fact]
    public void CapsARunawayTextFarBelowTeamsLimit()
    {
        var answer = SampleAnswers.Answered("Summit " + string.Join(' ', Enumerable.Repeat("talks [1]", 5_000)), passageLength: 100);

        var reply = TeamsReply.Create(answer);

        Assert.InRange(reply.Text.Length, 1_000, TeamsReply.MaxTextLength);
        Assert.EndsWith("[1]\u2026", reply.Text, StringComparison.Ordinal);
    }
}
