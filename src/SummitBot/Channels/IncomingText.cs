using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace SummitBot.Channels;

/// <summary>The question in an incoming message, with channel mention markup of the bot removed.</summary>
public static partial class IncomingText
{
    /// <summary>
    /// The activity's text without Teams <c>&lt;at&gt;…&lt;/at&gt;</c> mentions (found through the mention entities, so names
    /// with special characters are removed literally) or Slack <c>&lt;@U…&gt;</c> mentions.
    /// </summary>
    public static string Read(IMessageActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (text.Length == 0)
        {
            return text;
        }

        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.GetMentions() ?? [])
        {
            if (string.IsNullOrEmpty(mention.Text))
            {
                continue;
            }

            // The bot's own mention goes; a mention of someone else keeps the name, which may be what is asked about.
            var isBot = botId is null || mention.Mentioned?.Id == botId;
            text = text.Replace(mention.Text, isBot ? " " : " " + StripTags(mention.Text) + " ", StringComparison.OrdinalIgnoreCase);
        }

        // Mention markup without an entity is the bot's (channels always describe other people's mentions).
        text = TeamsMention().Replace(text, " ");
        text = SlackMention().Replace(text, " ");
        return text.Trim();
    }

    private static string StripTags(string mentionText) =>
        mentionText.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex TeamsMention();

    [GeneratedRegex("<@[UWB][A-Z0-9]+(?:\\|[^>]*)?>", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlackMention();
}
