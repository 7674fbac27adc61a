using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;
using SummitBot.Channels.Slack;

namespace SummitBot.Tests.Channels;

/// <summary>The Slack shape of a reply: Slack's own link form and markup, and sections Slack accepts.</summary>
public sealed partial class SlackReplyTests
{
    [Fact]
    public void LinksSourcesInSlacksOwnForm()
    {
        var answer = SampleAnswers.Answered("Hanoi [1].", passageLength: 200, new Uri("https://news.example/koreas/summit?a=1&b=2"), title: "Trump | Kim <second> summit");
        var reply = MessageFactory.Text(AnswerText.Format(answer));

        SlackReply.Shape(reply, answer);

        Assert.Contains("<https://news.example/koreas/summit?a=1&amp;b=2|Trump \u00A6 Kim &lt;second&gt; summit>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(MarkdownLink(), reply.Text);
        Assert.DoesNotContain("**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TurnsMarkdownSlackShowsRawIntoWhatItRenders()
    {
        var text = SlackMrkdwn.FromMarkdown("## Summits\n**Hanoi** per [the article](https://news.example/a) & <others>");

        Assert.Equal("*Summits*\n*Hanoi* per <https://news.example/a|the article> &amp; &lt;others&gt;", text);
    }

    [Fact]
    public void KeepsEverySectionWithinSlacksLimit()
    {
        var answer = SampleAnswers.Answered("Hanoi [1]. " + string.Join(' ', Enumerable.Repeat("detail", 900)), passageLength: 5_000);
        var reply = MessageFactory.Text(AnswerText.Format(answer));

        SlackReply.Shape(reply, answer);

        var blocks = (JArray)((JObject)reply.ChannelData)["blocks"]!;
        Assert.InRange(blocks.Count, 2, SlackReply.MaxSections);
        foreach (var block in blocks)
        {
            Assert.Equal("section", (string?)block["type"]);
            Assert.Equal("mrkdwn", (string?)block["text"]?["type"]);
            Assert.InRange(((string?)block["text"]?["text"])!.Length, 1, SlackReply.MaxSectionLength);
        }

        Assert.InRange(((string?)((JObject)reply.ChannelData)["text"])!.Length, 1, SlackReply.MaxSectionLength);
    }

    [GeneratedRegex(@"\[[^\]]*\]\(https?://")]
    private static partial Regex MarkdownLink();
}
