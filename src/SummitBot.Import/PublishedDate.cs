using System.Globalization;
using System.Text.RegularExpressions;

namespace SummitBot.Import;

/// <summary>
/// Normalizes a date as pages and feeds write it (ISO 8601, RFC 822 as in RSS, "February 12, 2019") to ISO 8601:
/// <c>2019-02-12</c> for a date alone, <c>2019-02-12T09:30:00+09:00</c> with a time and zone, and
/// <c>2019-02-12T09:30:00</c> when the file gives a time but no zone. Nothing is assumed: no zone is added, no time is
/// made up, and a date that cannot be read gives null (the importer writes "not stated" and says so).
/// </summary>
public static partial class PublishedDate
{
    private static readonly Dictionary<string, string> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz",
    ];

    public static string? Normalize(string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!IsoDate().IsMatch(text) && Rfc822Zone().Match(text) is { Success: true } rfc)
        {
            // RSS dates: "Tue, 12 Feb 2019 09:30:00 +0900" or "... GMT".
            var zone = rfc.Groups["zone"].Value;
            var offset = NamedZones.TryGetValue(zone, out var named) ? named : zone[..3] + ":" + zone[3..];
            return DateTimeOffset.TryParseExact(text[..rfc.Index] + offset, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dated)
                ? WithOffset(dated)
                : null;
        }

        var hasTime = text.Contains(':', StringComparison.Ordinal);
        if (hasTime && IsoZone().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dated) ? WithOffset(dated) : null;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var local) || local.Year < 1000)
        {
            return null;
        }

        return hasTime
            ? local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string WithOffset(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    // Each pattern here is linear; the timeouts only bound a pathological input. A second, not 100 ms: under a
    // loaded CI machine a thread can be paused that long, and a timeout there failed an import that was fine.

    /// <summary>An RFC 822 date's zone at the end: a name (GMT, EST, ...) or +hhmm / -hhmm after a time.</summary>
    [GeneratedRegex(@"(?<=\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[+-]\d{4}|UT|UTC|GMT|Z|[ECMP][SD]T)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rfc822Zone();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();

    /// <summary>An ISO 8601 zone at the end of a date with a time: Z or +hh:mm / -hh:mm.</summary>
    [GeneratedRegex(@"\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoZone();
}
