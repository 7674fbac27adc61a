using System.Xml;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace SummitBot.Import;

/// <summary>
/// Reads an RSS (0.91 to 2.0) or Atom feed file with CodeHollow.FeedReader: each item an article. Its body is the
/// item's full content (RSS <c>content:encoded</c>, Atom <c>content</c>) where the feed carries it, else its summary
/// (RSS <c>description</c>, Atom <c>summary</c>), marked <see cref="ArticleBody.Summary"/>. An item without either is
/// reported and the rest of the feed still imports.
/// </summary>
internal static class FeedFileReader
{
    public static IReadOnlyList<ReadArticle> Read(byte[] bytes)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(bytes);
        }
        catch (XmlException e)
        {
            throw new ImportException($"not a well-formed feed: {e.Message}", e);
        }
        catch (Exception e) when (e is CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new ImportException($"not an RSS or Atom feed: {e.Message}", e);
        }

        if (feed.Items.Count == 0)
        {
            throw new ImportException("the feed has no items");
        }

        var parser = new HtmlParser();
        return [.. feed.Items.Select((item, n) => ReadItem(feed, item, n + 1, parser))];
    }

    private static ReadArticle ReadItem(Feed feed, FeedItem item, int number, HtmlParser parser)
    {
        var title = Text(item.Title, parser);
        var label = title is null ? $"item {number}" : $"item {number} '{title}'";
        var full = Paragraphs(item.Content, parser);
        var body = full.Count > 0 ? ArticleBody.FullText : ArticleBody.Summary;
        var paragraphs = full.Count > 0 ? full : Paragraphs(item.Description, parser);
        if (paragraphs.Count == 0)
        {
            return ReadArticle.Failed(label, "the item carries neither its text nor a summary");
        }

        var notes = new List<string>();
        var (published, updated) = Dates(item);
        return ReadArticle.Of(
            new ImportedArticle(
                title,
                Author(item),
                item.Categories.Select(c => Text(c, parser)).FirstOrDefault(c => c is not null),
                Text(feed.Title, parser),
                WebPageReader.Date(published, "published", notes),
                WebPageReader.Date(updated, "updated", notes),
                ArticleAddress.Parse(item.Link) ?? ArticleAddress.Parse(item.Id),
                paragraphs,
                body,
                notes),
            label);
    }

    /// <summary>Atom keeps published and updated apart; only <c>published</c> is the published date.</summary>
    private static (string? Published, string? Updated) Dates(FeedItem item) => item.SpecificItem switch
    {
        AtomFeedItem atom => (Present(atom.PublishedDateString), Present(atom.UpdatedDateString)),
        _ => (Present(item.PublishingDateString), null),
    };

    /// <summary>RSS <c>author</c> is "email (Name)"; <c>dc:creator</c> is a name.</summary>
    private static string? Author(FeedItem item)
    {
        var author = Present(item.Author) ?? (item.SpecificItem as Rss20FeedItem)?.DC?.Creator;
        if (author is null)
        {
            return null;
        }

        var open = author.IndexOf('(', StringComparison.Ordinal);
        var close = author.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? author[(open + 1)..close].Trim() : author.Trim();
    }

    /// <summary>Feed text is HTML (escaped or in CDATA) or plain text; either way, paragraphs without notices.</summary>
    private static List<string> Paragraphs(string? html, HtmlParser parser)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        using var document = parser.ParseDocument("<body>" + html + "</body>");
        return NoticeText.Without(HtmlParagraphs.From(document.Body!));
    }

    private static string? Text(string? html, HtmlParser parser)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        using var document = parser.ParseDocument("<body>" + html + "</body>");
        return PageMetadata.Clean(document.Body!.TextContent);
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
