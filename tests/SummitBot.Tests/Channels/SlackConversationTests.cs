using System.Text.RegularExpressions;

namespace SummitBot.Tests.Channels;

/// <summary>SummitBot in Slack through Azure Bot Service, through the real pipeline: what a Slack user sees.</summary>
public sealed partial class SlackConversationTests(ChannelBot bot) : IClassFixture<ChannelBot>
{
    [Fact]
    public async Task AnswersAMentionInSlackMarkupWithinSlackLimits()
    {
        var reply = Assert.Single(await bot.AskAsync(ChannelActivities.SlackMention("where is the second summit?", $"{ChannelActivities.SlackBot}:C0GENERAL1")));

        var text = (string)reply["text"]!;
        Assert.Contains("Hanoi", text, StringComparison.Ordinal);
        Assert.Contains("[1]", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(MarkdownLink(), text);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 1, 3_000);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
    }

    [Fact]
    public async Task FollowsUpInTheSameSlackConversation()
    {
        const string conversation = $"{ChannelActivities.SlackBot}:C0FOLLOWUP";
        await bot.AskAsync(ChannelActivities.SlackMention("When is the second summit?", conversation));

        var reply = Assert.Single(await bot.AskAsync(ChannelActivities.SlackMention("And where?", conversation)));

        Assert.Contains("Hanoi", (string)reply["text"]!, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[[^\]]*\]\(https?://")]
    private static partial Regex MarkdownLink();
}
