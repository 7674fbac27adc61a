namespace SummitBot.Import;

/// <summary>
/// Short paragraphs that speak to the reader instead of reporting: subscription and paywall notices, cookie notices,
/// newsletter sign-ups, "Advertisement" labels. A page's markup usually marks these (see <see cref="PageClutter"/>);
/// these are the ones that sit in the article as plain paragraphs. A paragraph is left out only when it is short,
/// names such a notice, and addresses the reader, so a news sentence that mentions a subscription stays.
/// </summary>
internal static class NoticeText
{
    private const int MaxNoticeLength = 250;

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "ad", "advert", "sponsored", "sponsored content", "story continues below advertisement",
        "continue reading below", "continue reading", "read more", "related", "related articles", "share", "share this article",
    };

    private static readonly string[] NoticeWords =
    [
        "subscribe", "subscription", "subscriber", "newsletter", "cookies", "cookie policy", "advertisement", "paywall",
        "sign up for", "sign up to", "log in to", "sign in to", "continue reading", "read more", "click here",
        "all rights reserved", "full access", "free trial", "already a member",
    ];

    /// <summary>Link lines that point elsewhere ("Read more: ...") and feed footers ("The post ... appeared first on ...").</summary>
    private static readonly string[] Pointers = ["read more:", "related:", "see also:", "also read:", "more:", "recommended:", "watch:", "listen:"];

    private static readonly HashSet<string> ReaderWords = new(StringComparer.Ordinal) { "you", "your", "our", "us", "click", "tap", "free" };

    private static readonly char[] Currency = ['$', '€', '£', '©'];

    public static bool IsNotice(string paragraph)
    {
        var text = paragraph.Trim().TrimEnd('.', ':', '!', '…').Trim();
        if (Labels.Contains(text))
        {
            return true;
        }

        if (paragraph.Length > MaxNoticeLength)
        {
            return false;
        }

        var lower = paragraph.ToLowerInvariant();
        if (Pointers.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) || lower.Contains("appeared first on", StringComparison.Ordinal))
        {
            return true;
        }

        return NoticeWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) && AddressesTheReader(lower);
    }

    public static List<string> Without(IEnumerable<string> paragraphs) => [.. paragraphs.Where(p => !IsNotice(p))];

    private static bool AddressesTheReader(string lower) =>
        lower.IndexOfAny(Currency) >= 0
        || lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(w => ReaderWords.Contains(w.Trim('.', ',', '!', '?', '"', '\'', '(', ')', ':', ';')));
}
