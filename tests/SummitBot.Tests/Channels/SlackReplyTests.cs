using System.Text.RegularExpressions;
using SummitBot.Answering;
using SummitBot.Channels.Slack;

namespace SummitBot.Tests.Channels;

/// <summary>The Slack shape of a reply: one mrkdwn text marked as markdown, Slack's own link form, suggestions listed once, within Slack's limits.</summary>
public sealed partial class SlackReplyTests
{
    [Fact]
    public void LinksSourcesInSlacksOwnForm()
    {
        var answer = SampleAnswers.Answered("Hanoi [1].", passageLength: 200, new Uri("https://news.example/koreas/summit?a=1&b=2"), title: "Trump | Kim <second> summit");

        var reply = SlackReply.Create(answer);

        Assert.Contains("<https://news.example/koreas/summit?a=1&amp;b=2|Trump \u00A6 Kim &lt;second&gt; summit>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(MarkdownLink(), reply.Text);
        Assert.DoesNotContain("**", reply.Text, StringComparison.Ordinal);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Null(reply.ChannelData);
        Assert.Null(reply.Entities);
    }

    [Fact]
    public void TurnsMarkdownSlackShowsRawIntoWhatItRenders()
    {
        var text = SlackMrkdwn.FromMarkdown("## Summits\n**Hanoi** per [the article](https://news.example/a) & <others>");

        Assert.Equal("*Summits*\n*Hanoi* per <https://news.example/a|the article> &amp; &lt;others&gt;", text);
    }

    [Fact]
    public void ListsADeclinesSuggestionsOnceAsText()
    {
        var answer = SampleAnswers.Declined();

        var reply = SlackReply.Create(answer);

        Assert.StartsWith("Sorry, that's not in my sources.", reply.Text, StringComparison.Ordinal);
        Assert.All(answer.Suggestions, s => Assert.Single(Regex.Matches(reply.Text, Regex.Escape(s))));
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public void ListsTheSuggestionsOfOtherRepliesAfterTheirTextWithoutALeadIn()
    {
        // Any kind other than a greeting or a decline (the core's clarification: "Which Kim do you mean: ...?").
        var answer = new Answer(AnswerKind.Thanks, "Which Kim do you mean?", [], ["Who is Kim Jong Un?", "Who is Kim Hyok Chol?"], FollowUpContext.Empty);

        var reply = SlackReply.Create(answer);

        Assert.Equal("Which Kim do you mean?\n\n\u2022 Who is Kim Jong Un?\n\u2022 Who is Kim Hyok Chol?", reply.Text);
    }

    [Fact]
    public void KeepsARunawayAnswerWithinOneSection()
    {
        var answer = SampleAnswers.Answered("Hanoi [1]. " + string.Join(' ', Enumerable.Repeat("detail", 900)), passageLength: 5_000);

        var reply = SlackReply.Create(answer);

        Assert.InRange(reply.Text.Length, 1_000, SlackReply.MaxTextLength);
        Assert.EndsWith("\u2026", reply.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[[^\]]*\]\(https?://")]
    private static partial Regex MarkdownLink();
}
