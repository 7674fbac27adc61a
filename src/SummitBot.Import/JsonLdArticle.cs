using System.Text.Json;
using AngleSharp.Html.Dom;

namespace SummitBot.Import;

/// <summary>
/// The article in a page's JSON-LD structured data (<c>script type="application/ld+json"</c>): the first schema.org
/// object of an article type, looked for in top-level objects, arrays and <c>@graph</c>. Authors and publishers given
/// as references (<c>{"@id": "#author"}</c>) are looked up in the same graph. A block that is not valid JSON is skipped.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? Section, string? Publisher, string? Published, string? Modified, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
        "SocialMediaPosting",
    };

    public static JsonLdArticle? Read(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var nodes = Nodes(json.RootElement).ToList();
                if (nodes.FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return From(article, nodes);
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; other blocks and the meta tags still do.
            }
        }

        return null;
    }

    private static JsonLdArticle From(JsonElement article, List<JsonElement> nodes) => new(
        Text(article, "headline") ?? Text(article, "name"),
        Names(article, "author", nodes),
        Texts(article, "articleSection"),
        Names(article, "publisher", nodes),
        Text(article, "datePublished"),
        Text(article, "dateModified"),
        Text(article, "url") ?? Id(article, "mainEntityOfPage"));

    /// <summary>Every object in the block: the root, array items, and <c>@graph</c> members, recursively.</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Nodes))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Nodes(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var type) && type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? PageMetadata.Clean(value.GetString()) : null;

    /// <summary>A string, or the strings of an array joined with commas.</summary>
    private static string? Texts(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var texts = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => PageMetadata.Clean(v.GetString()))
            : [value.ValueKind == JsonValueKind.String ? PageMetadata.Clean(value.GetString()) : null];
        var joined = string.Join(", ", texts.Where(t => t is not null));
        return joined.Length > 0 ? joined : null;
    }

    /// <summary>The names of a person or organization property: a string, an object with a name, a reference, or an array of these.</summary>
    private static string? Names(JsonElement node, string name, List<JsonElement> nodes)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = items.Select(item => NameOf(item, nodes)).Where(n => n is not null).Distinct(StringComparer.Ordinal).ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? NameOf(JsonElement item, List<JsonElement> nodes)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                return PageMetadata.Clean(item.GetString());
            case JsonValueKind.Object when Text(item, "name") is { } name:
                return name;
            case JsonValueKind.Object when Text(item, "@id") is { } id:
                var target = nodes.FirstOrDefault(n => Text(n, "@id") == id && n.TryGetProperty("name", out _));
                return target.ValueKind == JsonValueKind.Object ? Text(target, "name") : null;
            default:
                return null;
        }
    }

    private static string? Id(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Object ? Text(value, "@id") : null
            : null;
}
