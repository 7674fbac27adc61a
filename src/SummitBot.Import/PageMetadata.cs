using AngleSharp.Html.Dom;

namespace SummitBot.Import;

/// <summary>
/// What a saved page says about its article in its own metadata, read in order of reliability: JSON-LD structured
/// data (schema.org Article and its kinds), then meta tags (Open Graph, article:*, Dublin Core, common names), then
/// microdata (<c>itemprop</c>), then the canonical link. Values are as the page gives them; dates are normalized
/// later and not here. Nothing is taken from the visible text except what the page marks as such.
/// </summary>
internal sealed record PageMetadata(
    string? Title,
    string? Author,
    string? Section,
    string? Publisher,
    string? Published,
    string? Updated,
    Uri? Url)
{
    public static PageMetadata Read(IHtmlDocument document)
    {
        var ld = JsonLdArticle.Read(document);
        return new PageMetadata(
            First(ld?.Headline, Meta(document, "og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title")),
            First(ld?.Author, Person(Meta(document, "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")), ItemProp(document, "author")),
            First(ld?.Section, Meta(document, "article:section", "section", "parsely-section", "dc.subject", "category")),
            First(ld?.Publisher, Meta(document, "og:site_name", "application-name", "dc.publisher", "dcterms.publisher")),
            First(ld?.Published, Meta(document, "article:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date"), ItemProp(document, "datePublished")),
            First(ld?.Modified, Meta(document, "article:modified_time", "dateModified", "last-modified", "dcterms.modified"), ItemProp(document, "dateModified")),
            ArticleAddress.Parse(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? ArticleAddress.Parse(Meta(document, "og:url")) ?? ArticleAddress.Parse(ld?.Url));
    }

    /// <summary>The content of the first meta tag with one of the names (name, property or itemprop attribute).</summary>
    private static string? Meta(IHtmlDocument document, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var meta in document.QuerySelectorAll("meta[content]"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Microdata: an element marked <c>itemprop</c> (a time's datetime, a content attribute, or its text).</summary>
    private static string? ItemProp(IHtmlDocument document, string name)
    {
        var element = document.QuerySelector($"[itemprop~={name}]:not(meta)");
        if (element is null)
        {
            return null;
        }

        var named = element.QuerySelector("[itemprop~=name]") ?? element;
        return Clean(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? named.TextContent);
    }

    /// <summary>An author meta tag is sometimes a link to a profile page, which is not a name.</summary>
    private static string? Person(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? null : value;

    internal static string? Clean(string? value) => value is null ? null : HtmlParagraphs.Collapse(value) is { Length: > 0 } text ? text : null;

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
