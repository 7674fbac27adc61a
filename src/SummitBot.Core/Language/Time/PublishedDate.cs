using System.Globalization;

namespace SummitBot.Language.Time;

/// <summary>
/// Reads a source's <c>published</c> header ("2019-02-12", "February 12, 2019", "12 Feb 2019"); anything else ("not
/// stated ...") is no date. A header with a time and zone ("2019-02-12T08:00:00+09:00") gives the day as the publisher
/// wrote it, in its own zone: "yesterday" in its text counts from that day, not from the day it was elsewhere.
/// </summary>
public static class PublishedDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffK", "yyyy-MM-dd HH:mm", "MMMM d, yyyy", "MMM d, yyyy",
        "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd, MMMM d, yyyy", "ddd, dd MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss",
    ];

    public static DateOnly? Parse(string? published)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return null;
        }

        var text = published.Trim();
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
        {
            return DateOnly.FromDateTime(exact.DateTime);
        }

        // "2019-02-12T08:00:00+09:00" and other ISO forms; the date as the publisher wrote it.
        return text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
