using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;

namespace SummitBot.Channels.Teams;

/// <summary>
/// How an answer looks in Microsoft Teams: the citations go in the citation entity (Teams shows the <c>[n]</c> markers
/// as clickable references with the passage) and suggested questions in buttons, so the text lists neither; answers
/// carry Teams' feedback buttons; the text is capped far below Teams' message size limit (~28 KB of text, 80 KB in all).
/// </summary>
public static partial class TeamsReply
{
    /// <summary>The most text an answer sends to Teams; answers are a few hundred characters, so only runaway text is cut.</summary>
    public const int MaxTextLength = 4_000;

    public static IMessageActivity Create(Answer answer)
    {
        // The plain-text format, minus the source list the citation entity shows and the suggestions the buttons show.
        var text = AnswerText.Format(answer with { Citations = [], Suggestions = [] });

        // Teams runs plain text, and single line breaks in Markdown, together into one paragraph: as Markdown with
        // each line its own paragraph, line breaks show.
        var reply = MessageFactory.Text(ChannelText.Cap(SingleLineBreak().Replace(text, "\n\n"), MaxTextLength));
        reply.TextFormat = TextFormatTypes.Markdown;

        if (answer.IsAnswered)
        {
            reply.ChannelData = new JObject { ["feedbackLoop"] = new JObject { ["type"] = "default" } };
        }

        return reply;
    }

    [GeneratedRegex("(?<!\n)\n(?!\n)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingleLineBreak();
}
