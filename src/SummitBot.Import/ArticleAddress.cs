using System.Globalization;

namespace SummitBot.Import;

/// <summary>
/// An article's web address: only absolute http(s) addresses count, tracking parameters (<c>utm_*</c>, <c>fbclid</c>,
/// <c>gclid</c>) are not part of it, and two addresses are the same article when they differ only in scheme, "www.",
/// a trailing slash or the fragment.
/// </summary>
internal static class ArticleAddress
{
    public static Uri? Parse(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var query = Query(uri);
        var builder = new UriBuilder(uri) { Query = query, Fragment = string.Empty };
        return builder.Uri;
    }

    /// <summary>What makes two addresses the same article.</summary>
    public static string Key(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var key = host + (url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(CultureInfo.InvariantCulture)) + url.AbsolutePath.TrimEnd('/');
        var query = Query(url);
        return query.Length > 0 ? key + "?" + query : key;
    }

    private static string Query(Uri url) =>
        string.Join('&', url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsTracking(p)));

    private static bool IsTracking(string parameter) =>
        parameter.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || parameter.StartsWith("fbclid=", StringComparison.OrdinalIgnoreCase)
        || parameter.StartsWith("gclid=", StringComparison.OrdinalIgnoreCase);
}
