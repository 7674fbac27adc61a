using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;

namespace SummitBot.Channels.Slack;

/// <summary>
/// How an answer looks in Slack (through Azure Bot Service): mrkdwn text with the sources as <c>&lt;url|title&gt;</c> links,
/// and the same text as Slack section blocks in <c>channelData</c> (Azure Bot Service passes a Slack message there
/// through to Slack), each section within Slack's 3,000-character limit.
/// </summary>
public static class SlackReply
{
    /// <summary>Slack's limit for the text of one section block.</summary>
    public const int MaxSectionLength = 3_000;

    /// <summary>How many sections an answer may use; answers fit in one or two.</summary>
    public const int MaxSections = 4;

    public static void Shape(IMessageActivity reply, Answer answer)
    {
        var paragraphs = Paragraphs(answer);
        var sections = Sections(paragraphs);
        reply.Text = string.Join("\n\n", sections);
        reply.ChannelData = new JObject
        {
            ["text"] = ChannelText.Cap(reply.Text, MaxSectionLength),
            ["blocks"] = new JArray(sections.Select(section => new JObject
            {
                ["type"] = "section",
                ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = section },
            })),
        };
    }

    private static List<string> Paragraphs(Answer answer)
    {
        var paragraphs = new List<string> { SlackMrkdwn.FromMarkdown(answer.Text) };
        if (answer.Citations.Count > 0)
        {
            var sources = new StringBuilder("*Sources*");
            foreach (var citation in answer.Citations)
            {
                sources.Append("\n[").Append(citation.Position).Append("] ");
                sources.Append(citation.Url is null ? SlackMrkdwn.Escape(citation.SourceTitle) : SlackMrkdwn.Link(citation.Url, citation.SourceTitle));
                sources.Append(": \u201C").Append(SlackMrkdwn.Escape(citation.Passage)).Append('\u201D');
            }

            paragraphs.Add(sources.ToString());
        }

        if (answer.Suggestions.Count > 0)
        {
            var suggestions = new StringBuilder(answer.Kind == AnswerKind.Declined ? "You could ask:" : "For example:");
            foreach (var suggestion in answer.Suggestions)
            {
                suggestions.Append("\n\u2022 ").Append(SlackMrkdwn.Escape(suggestion));
            }

            paragraphs.Add(suggestions.ToString());
        }

        return paragraphs;
    }

    /// <summary>Paragraphs packed into sections of at most <see cref="MaxSectionLength"/> characters; a longer paragraph is cut.</summary>
    private static List<string> Sections(List<string> paragraphs)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        foreach (var paragraph in paragraphs.Select(p => ChannelText.Cap(p, MaxSectionLength)))
        {
            if (current.Length > 0 && current.Length + 2 + paragraph.Length > MaxSectionLength)
            {
                sections.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
        }

        if (current.Length > 0)
        {
            sections.Add(current.ToString());
        }

        return sections.Take(MaxSections).ToList();
    }
}
