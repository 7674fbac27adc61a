using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ChannelIds = Microsoft.Bot.Connector.Channels;

namespace SummitBot.Channels;

/// <summary>The question in an incoming message, with channel mention markup of the bot and channel formatting removed.</summary>
public static partial class IncomingText
{
    /// <summary>
    /// The activity's text without Teams <c>&lt;at&gt;…&lt;/at&gt;</c> mentions of the bot (found through the mention entities,
    /// so names with special characters are removed literally; other people's mentions keep their names) or Slack
    /// <c>&lt;@U…&gt;</c> mentions, and with each channel's own markup read as text: Teams' HTML entities, Slack's
    /// links, channel references and escapes.
    /// </summary>
    public static string Read(IMessageActivity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) && activity.ChannelId == ChannelIds.Slack)
        {
            // Azure Bot Service carries the Slack event itself too; its text is the message as typed.
            text = SlackEventText(activity.ChannelData);
        }

        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = WithoutMentions(text, activity);
        text = activity.ChannelId switch
        {
            ChannelIds.Msteams => TeamsPlainText(text),
            ChannelIds.Slack => SlackPlainText(text),
            _ => text,
        };
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string WithoutMentions(string text, IMessageActivity activity)
    {
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
        return SlackMention().Replace(text, " ");
    }

    /// <summary>Teams sends message text with HTML entities (<c>&amp;nbsp;</c>, <c>&amp;amp;</c>) and, from rich clients, tags.</summary>
    private static string TeamsPlainText(string text) => WebUtility.HtmlDecode(HtmlTag().Replace(text, " "));

    /// <summary>Slack's markup as the words a person sees: links by their label, channels by name, escapes undone.</summary>
    private static string SlackPlainText(string text)
    {
        text = SlackControl().Replace(text, match =>
        {
            var target = match.Groups["target"].Value;
            var label = match.Groups["label"].Value;
            return target[0] switch
            {
                '#' => "#" + (label.Length > 0 ? label : target[1..]),
                '!' => label.StartsWith('@') ? label : " ",
                _ => label.Length > 0 ? label : target,
            };
        });
        return text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
    }

    private static string? SlackEventText(object? channelData) =>
        channelData is JObject data ? (string?)data.SelectToken("SlackMessage.event.text") : null;

    private static string StripTags(string mentionText) =>
        mentionText.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TeamsMention();

    [GeneratedRegex("<@[UWB][A-Z0-9]+(?:\\|[^>]*)?>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SlackMention();

    /// <summary>Slack's <c>&lt;…&gt;</c> sequences: links (<c>&lt;url|label&gt;</c>), channels (<c>&lt;#C…|name&gt;</c>), specials (<c>&lt;!here&gt;</c>).</summary>
    [GeneratedRegex("<(?<target>[#!]?[^<>|\\s]{1,2000})(?:\\|(?<label>[^<>]{0,500}))?>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SlackControl();

    [GeneratedRegex("</?[a-zA-Z][^<>]{0,500}>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();

    [GeneratedRegex("\\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
