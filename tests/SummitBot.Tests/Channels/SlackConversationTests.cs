using System.Text.RegularExpressions;

namespace SummitBot.Tests.Channels;

/// <summary>SummitBot in Slack through Azure Bot Service, through the real pipeline: what a Slack user sees.</summary>
public sealed partial class SlackConversationTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    [Fact]
    public async Task AnswersAMentionInSlackMarkupWithinSlackLimits()
    {
        var reply = Assert.Single(await bot.AskAsync(ChannelActivities.SlackMention("where is the second summit?", "B0SUMMIT01:T0TEAM0001:C0GENERAL1")));

        var text = (string)reply["text"]!;
        Assert.Contains("Hanoi", text, StringComparison.Ordinal);
        Assert.Contains("[1]", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(MarkdownLink(), text);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        var blocks = reply["channelData"]!["blocks"]!.AsArray();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.InRange(((string)block!["text"]!["text"]!).Length, 1, 3_000));
        Assert.Contains(blocks, block => ((string)block!["text"]!["text"]!).Contains("Hanoi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowsUpInTheSameSlackConversation()
    {
        const string conversation = "B0SUMMIT01:T0TEAM0001:C0FOLLOWUP";
        await bot.AskAsync(ChannelActivities.SlackMention("When is the second summit?", conversation));

        var reply = Assert.Single(await bot.AskAsync(ChannelActivities.SlackMention("And where?", conversation)));

        Assert.Contains("Hanoi", (string)reply["text"]!, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[[^\]]*\]\(https?://")]
    private static partial Regex MarkdownLink();
}
