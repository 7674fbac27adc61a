using System.Text;
using System.Text.RegularExpressions;

namespace SummitBot.Channels.Slack;

/// <summary>
/// Text in Slack's own markup ("mrkdwn"): <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped (Slack reads <c>&lt;…&gt;</c>
/// as links and mentions), links as <c>&lt;url|text&gt;</c>, and the Markdown Slack shows raw (<c>[text](url)</c> links,
/// <c>**bold**</c>, <c># headings</c>) turned into what it renders.
/// </summary>
public static partial class SlackMrkdwn
{
    /// <summary>Plain or Markdown text as Slack mrkdwn.</summary>
    public static string FromMarkdown(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (Match link in MarkdownLink().Matches(text))
        {
            result.Append(Inline(text[last..link.Index]));
            result.Append(Link(new Uri(link.Groups["url"].Value), link.Groups["text"].Value));
            last = link.Index + link.Length;
        }

        result.Append(Inline(text[last..]));
        return result.ToString();
    }

    /// <summary>A link as Slack writes it: <c>&lt;url|text&gt;</c>, or the bare <c>&lt;url&gt;</c> when the text is empty.</summary>
    public static string Link(Uri url, string text)
    {
        // Inside <…> Slack still reads &amp; &lt; &gt; as escapes; "|" would end the URL.
        var target = Escape(url.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
        var label = Escape(text).Replace("|", "\u00A6", StringComparison.Ordinal).Trim();
        return label.Length == 0 ? $"<{target}>" : $"<{target}|{label}>";
    }

    /// <summary>The three characters Slack asks to be escaped in message text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Inline(string text)
    {
        var escaped = Escape(text);
        escaped = Bold().Replace(escaped, "*${inner}*");
        escaped = Heading().Replace(escaped, "*${inner}*");
        return escaped;
    }

    [GeneratedRegex(@"\[(?<text>[^\]\n]{0,500})\]\((?<url>https?://[^\s)]{1,2000})\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*(?<inner>[^*\n]{1,500})\*\*|__(?<inner>[^_\n]{1,500})__", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bold();

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<inner>[^\n]{1,500})$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();
}
