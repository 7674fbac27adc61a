using AngleSharp.Html.Parser;
using SmartReader;

namespace SummitBot.Import;

/// <summary>
/// Reads a saved web page: metadata from the page's own structured data and meta tags (<see cref="PageMetadata"/>),
/// clutter removed (<see cref="PageClutter"/>), the article's main text found by SmartReader (a port of Mozilla's
/// Readability), and its paragraphs without notices addressed to the reader (<see cref="NoticeText"/>).
/// The page is parsed by AngleSharp, an HTML5 parser, with the character set the page declares.
/// </summary>
internal static class WebPageReader
{
    /// <summary>Readability's default asks for 500 characters; a short news item is still an article.</summary>
    private const int MinimumArticleCharacters = 200;

    /// <summary>A sentence of reporting is longer than a headline or a link's text.</summary>
    private const int MinimumProseParagraph = 80;

    public static ImportedArticle Read(Stream page, string path)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(page);
        var metadata = PageMetadata.Read(document);
        PageClutter.Remove(document);

        var address = metadata.Url?.AbsoluteUri ?? new Uri(Path.GetFullPath(path)).AbsoluteUri;
        using var reader = new Reader(address, document) { CharThreshold = MinimumArticleCharacters };
        var article = reader.GetArticle();
        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content))
        {
            throw new ImportException("no article text found in the page (it looks like a list, a front page or an empty page)");
        }

        using var content = parser.ParseDocument(article.Content);
        var paragraphs = NoticeText.Without(HtmlParagraphs.From(content.Body!));
        var title = metadata.Title ?? PageMetadata.Clean(article.Title);
        paragraphs = WithoutTitleAndByline(paragraphs, title);

        // Readability's own "probably readable" test wants long paragraphs and turns short news items away, so the
        // test here is the result: an article has at least one paragraph of prose, not only headlines and links.
        if (!paragraphs.Any(p => p.Length >= MinimumProseParagraph))
        {
            throw new ImportException("no article text found in the page: only headlines, links or notices (a front page or a list?)");
        }

        var notes = new List<string>();
        return new ImportedArticle(
            title,
            metadata.Author ?? Byline(article),
            metadata.Section,
            metadata.Publisher ?? PageMetadata.Clean(article.SiteName),
            Date(metadata.Published, "published", notes),
            Date(metadata.Updated, "updated", notes),
            metadata.Url,
            paragraphs,
            ArticleBody.FullText,
            notes);
    }

    /// <summary>Readability finds the byline the page marks as such ("By ..."); it is the page's own statement of authorship.</summary>
    private static string? Byline(Article article)
    {
        var byline = PageMetadata.Clean(article.Author) ?? PageMetadata.Clean(article.Byline);
        if (byline is not null && byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline[3..].Trim();
        }

        return string.IsNullOrEmpty(byline) ? null : byline;
    }

    /// <summary>A heading repeating the title, or a "By ..." line, at the top of the text is not part of the story.</summary>
    private static List<string> WithoutTitleAndByline(List<string> paragraphs, string? title)
    {
        var start = 0;
        while (start < paragraphs.Count && start < 3 &&
            (string.Equals(paragraphs[start], title, StringComparison.OrdinalIgnoreCase) || paragraphs[start].StartsWith("By ", StringComparison.Ordinal) && paragraphs[start].Length < 80))
        {
            start++;
        }

        return paragraphs[start..];
    }

    internal static string? Date(string? raw, string what, List<string> notes)
    {
        var normalized = PublishedDate.Normalize(raw);
        if (raw is not null && normalized is null)
        {
            notes.Add($"the {what} date '{raw}' could not be read; written as not stated");
        }

        return normalized;
    }
}
