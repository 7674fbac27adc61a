using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SummitBot.Import;

/// <summary>
/// Removes what is not the article from a saved page before the readability pass: navigation, site headers and
/// footers, forms, dialogs, and elements whose class, id or role names them as ads, paywall or subscription notices,
/// cookie banners, newsletter sign-ups, share bars or related-story lists. Readability alone keeps such blocks when
/// they sit inside the article. An element is never removed when it holds the article itself (html, body, main,
/// article, anything containing those, or most of the page's text), so a page whose body carries a class like
/// "has-paywall" keeps its story, and a container named after the paywall that holds paragraphs of reporting stays.
/// </summary>
internal static class PageClutter
{
    private const string ClutterSelector =
        "nav, aside, footer, form, dialog, iframe, button, [role=navigation], [role=banner], [role=contentinfo], " +
        "[role=complementary], [role=dialog], [role=alertdialog], [hidden], [aria-hidden=true]";

    private static readonly HashSet<string> ClutterWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adslot", "adunit",
        "sponsor", "sponsored", "sponsors", "promo", "promos", "promotion", "promoted",
        "paywall", "regwall", "subscribe", "subscription", "subscriptions",
        "newsletter", "newsletters", "signup", "cookie", "cookies", "consent", "gdpr", "ccpa",
        "share", "sharing", "social", "related", "recommended", "recommendations", "outbrain", "taboola",
        "comments", "popup", "modal", "breadcrumb", "breadcrumbs", "sidebar", "widget", "trending", "masthead",
    };

    private static readonly HashSet<string> Protected = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    public static void Remove(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        var pageText = body.TextContent.Length;
        var clutter = body.QuerySelectorAll(ClutterSelector)
            .Concat(body.QuerySelectorAll("header").Where(h => h.Closest("article, main") is null))
            .Concat(body.QuerySelectorAll("[class], [id]").Where(e => NamedAsClutter(e) && !HoldsParagraphs(e)))
            .Distinct()
            .Where(e => !HoldsTheArticle(e, pageText))
            .ToList();
        foreach (var element in clutter)
        {
            element.Remove();
        }
    }

    /// <summary>The words of an element's class, id and data attributes: "ad-slot", "adSlot" and "ad_slot" give "ad" and "slot".</summary>
    internal static IEnumerable<string> NameWords(IElement element)
    {
        var names = string.Join(' ', element.ClassList) + " " + element.Id;
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < names.Length; i++)
        {
            var c = names[i];
            var startsWord = char.IsUpper(c) && i > 0 && char.IsLower(names[i - 1]);
            if (!char.IsLetterOrDigit(c) || startsWord)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool NamedAsClutter(IElement element) => NameWords(element).Any(ClutterWords.Contains);

    /// <summary>
    /// Two or more paragraphs of real length: reporting, not a notice. Some sites wrap the story itself in a container
    /// named after the paywall ("paywall-content", "subscription-article"); the name alone must not remove it.
    /// </summary>
    private static bool HoldsParagraphs(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Length > 80) >= 2;

    private static bool HoldsTheArticle(IElement element, int pageText) =>
        Protected.Contains(element.LocalName)
        || element.QuerySelector("article, main") is not null
        || (pageText > 0 && element.TextContent.Length * 10 > pageText * 4);
}
