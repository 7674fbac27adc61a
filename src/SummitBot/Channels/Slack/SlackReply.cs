using System.Text;
using Microsoft.Bot.Schema;
using SummitBot.Answering;

namespace SummitBot.Channels.Slack;

/// <summary>
/// How an answer looks in Slack (through Azure Bot Service): one text in Slack's mrkdwn, marked as markdown, holding the
/// answer, its sources as <c>&lt;url|title&gt;</c> links and the suggested questions as a list (Slack shows no
/// suggestion buttons through Azure Bot Service). Nothing else: no citation entity (a Teams feature Slack never shows)
/// and no <c>channelData</c> (how Azure Bot Service would forward Slack blocks there is not documented).
/// </summary>
public static class SlackReply
{
    /// <summary>
    /// The most text a reply sends: what one Slack section holds, so the reply shows whole however Slack lays it out
    /// (Slack's own limit for a message's text is far higher; answers are a few hundred characters).
    /// </summary>
    public const int MaxTextLength = 3_000;

    public static Activity Create(Answer answer)
    {
        var text = new StringBuilder(SlackMrkdwn.FromMarkdown(answer.Text));
        AppendSources(text, answer);
        AppendSuggestions(text, answer);

        // Not MessageFactory.Text, whose empty attachment and entity lists would go to Slack too.
        return new Activity(ActivityTypes.Message)
        {
            Text = ChannelText.Cap(text.ToString(), MaxTextLength),
            TextFormat = TextFormatTypes.Markdown,
            InputHint = InputHints.AcceptingInput,
        };
    }

    private static void AppendSources(StringBuilder text, Answer answer)
    {
        if (answer.Citations.Count == 0)
        {
            return;
        }

        text.Append("\n\n*Sources*");
        foreach (var citation in answer.Citations)
        {
            text.Append("\n[").Append(citation.Position).Append("] ");
            text.Append(citation.Url is null ? SlackMrkdwn.Escape(citation.SourceTitle) : SlackMrkdwn.Link(citation.Url, citation.SourceTitle));
            text.Append(": \u201C").Append(SlackMrkdwn.Escape(citation.Passage)).Append('\u201D');
        }
    }

    /// <summary>
    /// The suggestions as a list, once. A greeting's are examples and a decline's are questions close to the one asked;
    /// any other answer's (a clarification's rephrasings of the question) follow its own text, which already asks.
    /// </summary>
    private static void AppendSuggestions(StringBuilder text, Answer answer)
    {
        if (answer.Suggestions.Count == 0)
        {
            return;
        }

        var lead = answer.Kind switch
        {
            AnswerKind.Declined => "\n\nYou could ask:",
            AnswerKind.Greeting or AnswerKind.Unreadable => "\n\nFor example:",
            _ => "\n",
        };
        text.Append(lead);
        foreach (var suggestion in answer.Suggestions)
        {
            text.Append("\n\u2022 ").Append(SlackMrkdwn.Escape(suggestion));
        }
    }
}
