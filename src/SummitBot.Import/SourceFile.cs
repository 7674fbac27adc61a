using System.Security.Cryptography;
using System.Text;

namespace SummitBot.Import;

/// <summary>
/// The knowledge folder's source format (README "Adding an article"; read by the knowledge loader): a header of
/// <c>key: value</c> lines, a line <c>---</c>, then the body, paragraphs separated by blank lines. What the imported
/// file does not state is written "not stated", never filled in.
/// </summary>
internal static class SourceFile
{
    public const string NotStated = "not stated";

    /// <summary>The header value that marks a body as only the feed's summary.</summary>
    public const string SummaryBody = "summary (the feed carries no full text)";

    public const string FullTextBody = "full text";

    /// <summary>"not stated", "not stated in the text; ...", "not named in the text": what the knowledge writes for an unknown.</summary>
    public static bool IsNotStated(string value) =>
        value.StartsWith(NotStated, StringComparison.OrdinalIgnoreCase) || value.StartsWith("not named", StringComparison.OrdinalIgnoreCase);

    public static string Render(string id, ImportedArticle article, string importedFrom, ImportFormat format)
    {
        var text = new StringBuilder();
        text.Append("# Imported from a ").Append(Describe(format)).Append(". What the file does not state is written \"not stated\".\n");
        Line("id", id);
        Line("title", article.Title);
        Line("author", article.Author);
        Line("section", article.Section);
        Line("publisher", article.Publisher);
        Line("published", article.Published);
        Line("updated", article.Updated);
        Line("url", article.Url?.AbsoluteUri);
        Line("body", article.Body == ArticleBody.Summary ? SummaryBody : FullTextBody);
        Line("imported-from", importedFrom);
        text.Append("---\n");
        text.AppendJoin("\n\n", article.Paragraphs).Append('\n');
        return text.ToString();

        void Line(string key, string? value) =>
            text.Append(key).Append(": ").Append(string.IsNullOrWhiteSpace(value) ? NotStated : HtmlParagraphs.Collapse(value)).Append('\n');
    }

    /// <summary>Body lines as paragraphs: blank lines separate them, wrapped lines are joined, a stray <c>---</c> line is dropped.</summary>
    public static List<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line == "---")
            {
                Flush();
                continue;
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(HtmlParagraphs.Collapse(current.ToString()));
                current.Clear();
            }
        }
    }

    /// <summary>
    /// A fingerprint of an article's text that ignores what does not change the words: whitespace, letter case,
    /// typographic versus straight quotes. The same article saved twice gives the same fingerprint.
    /// </summary>
    public static string TextFingerprint(IEnumerable<string> paragraphs)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            foreach (var c in HtmlParagraphs.Collapse(paragraph))
            {
                text.Append(c switch
                {
                    '\u2018' or '\u2019' or '\u02BC' => '\'',
                    '\u201C' or '\u201D' => '"',
                    _ => char.ToLowerInvariant(c),
                });
            }

            text.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Describe(ImportFormat format) => format switch
    {
        ImportFormat.WebPage => "saved web page",
        ImportFormat.Feed => "feed item",
        _ => "plain text file",
    };
}
