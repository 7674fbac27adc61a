using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;

namespace SummitBot.Channels.Teams;

/// <summary>
/// How an answer looks in Microsoft Teams: the citations go in the citation entity (Teams shows the <c>[n]</c> markers
/// as clickable references with the passage), so the text leaves out the plain-text source list; answers carry
/// Teams' feedback buttons; the text is capped far below Teams' message size limit (~28 KB of text, 80 KB in all).
/// </summary>
public static partial class TeamsReply
{
    /// <summary>The most text an answer sends to Teams; answers are a few hundred characters, so only runaway text is cut.</summary>
    public const int MaxTextLength = 4_000;

    public static void Shape(IMessageActivity reply, Answer answer)
    {
        // The lead's plain-text format, minus the source list that the citation entity already shows.
        var text = AnswerText.Format(answer with { Citations = [] });

        // Teams runs plain text, and single line breaks in Markdown, together into one paragraph: as Markdown with
        // each line its own paragraph, the suggestion lists show as lists.
        reply.Text = ChannelText.Cap(SingleLineBreak().Replace(text, "\n\n"), MaxTextLength);
        reply.TextFormat = TextFormatTypes.Markdown;

        if (answer.IsAnswered)
        {
            var channelData = reply.ChannelData as JObject ?? [];
            channelData["feedbackLoop"] = new JObject { ["type"] = "default" };
            reply.ChannelData = channelData;
        }
    }

    [GeneratedRegex("(?<!\n)\n(?!\n)", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex SingleLineBreak();
}
