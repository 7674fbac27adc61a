using System.Text;
using AngleSharp.Dom;

namespace SummitBot.Import;

/// <summary>
/// The text of an HTML element as paragraphs: each block element (p, li, h2, blockquote, ...) its own paragraph, inline
/// elements joined into their block's text, two line breaks a paragraph break. Captions, media, forms and scripts
/// are not article text and are left out. Whitespace (non-breaking spaces too) is collapsed.
/// </summary>
internal static class HtmlParagraphs
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "address", "details",
        "summary", "center", "body",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "figure", "figcaption", "img", "picture", "svg", "video", "audio",
        "iframe", "object", "embed", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "head",
    };

    public static List<string> From(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root);
        Flush();
        return paragraphs;

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        current.Append(text.Data);
                        break;
                    case IElement element when Skipped.Contains(element.LocalName):
                        break;
                    case IElement { LocalName: "br" }:
                        current.Append('\n');
                        break;
                    case IElement element when Blocks.Contains(element.LocalName):
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    default:
                        Walk(child);
                        break;
                }
            }
        }

        void Flush()
        {
            // Two line breaks in a row (<br><br>) end a paragraph; one is a space.
            foreach (var part in current.ToString().Split("\n\n", StringSplitOptions.None))
            {
                var paragraph = Collapse(part);
                if (paragraph.Length > 0)
                {
                    paragraphs.Add(paragraph);
                }
            }

            current.Clear();
        }
    }

    /// <summary>Runs of whitespace (line breaks and non-breaking spaces included) as one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
