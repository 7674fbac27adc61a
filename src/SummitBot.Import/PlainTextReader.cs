using System.Text;

namespace SummitBot.Import;

/// <summary>
/// Reads a plain text article: paragraphs separated by blank lines, hard-wrapped lines joined. A headline stands as
/// the title only when the text sets it apart the way a headline is: a first line of its own (a blank line after
/// it), short, and not ending like a sentence. Otherwise the title is not stated. A text file that already has a
/// source header (<c>key: value</c> lines, then <c>---</c>) keeps the metadata its header gives.
/// </summary>
internal static class PlainTextReader
{
    private const int MaxHeadlineLength = 150;

    private static readonly HashSet<string> HeaderKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "title", "author", "section", "publisher", "published", "updated", "url", "body", "imported-from",
    };

    public static ImportedArticle Read(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException("not UTF-8 text (is it a binary file, or text in another encoding?)");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportException("not text: it contains NUL characters (a binary file?)");
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var header = Header(lines, out var bodyStart);
        var paragraphs = SourceFile.Paragraphs(lines[bodyStart..]);
        string? title;
        if (header is not null)
        {
            title = Stated(header, "title");
        }
        else
        {
            title = Headline(paragraphs, lines);
            if (title is not null)
            {
                paragraphs.RemoveAt(0);
            }
        }

        if (paragraphs.Count == 0)
        {
            throw new ImportException("the text is empty");
        }

        var notes = new List<string>();
        return new ImportedArticle(
            title,
            Stated(header, "author"),
            Stated(header, "section"),
            Stated(header, "publisher"),
            WebPageReader.Date(Stated(header, "published"), "published", notes),
            WebPageReader.Date(Stated(header, "updated"), "updated", notes),
            ArticleAddress.Parse(Stated(header, "url")),
            paragraphs,
            ArticleBody.FullText,
            notes);
    }

    /// <summary>The first paragraph as the headline when it is one line of its own, short, and not a sentence.</summary>
    private static string? Headline(List<string> paragraphs, string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (paragraphs.Count < 2 || first < 0 || first + 1 >= lines.Length || lines[first + 1].Trim().Length > 0)
        {
            return null;
        }

        var line = paragraphs[0];
        return line.Length <= MaxHeadlineLength && !".,;:!?\"”'’".Contains(line[^1], StringComparison.Ordinal) ? line : null;
    }

    /// <summary>A source header at the top (known keys, then <c>---</c>); null when the text has none.</summary>
    private static Dictionary<string, string>? Header(string[] lines, out int bodyStart)
    {
        bodyStart = 0;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
            {
                if (values.Count == 0)
                {
                    return null;
                }

                bodyStart = i + 1;
                return values;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !HeaderKeys.Contains(line[..colon].Trim()))
            {
                return null;
            }

            values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return null;
    }

    private static string? Stated(Dictionary<string, string>? header, string key) =>
        header is not null && header.TryGetValue(key, out var value) && value.Length > 0 && !SourceFile.IsNotStated(value) ? value : null;
}
