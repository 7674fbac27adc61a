namespace SummitBot.Answering.Extraction;

/// <summary>
/// "a three-day visit", "a 90-minute meeting": a length written as one adjective before its noun. Asked how long, the
/// bot says it as a length with the words as written after it ("three days (“three-day”)"), as a date worked out is
/// said with its words: "Three-day" alone reads as no answer to "how long".
/// </summary>
internal static class AdjectiveLength
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade",
    };

    /// <summary>Counts that keep their unit singular ("one-day", "a half-hour").</summary>
    private static readonly HashSet<string> Single = new(StringComparer.OrdinalIgnoreCase) { "one", "1", "a", "half" };

    /// <summary>The words said as a length, or the words themselves when they are not one hyphenated adjective of length.</summary>
    public static string Said(string words)
    {
        var parts = words.Split('-');
        var unitAt = parts.Length > 2 && parts[^1].Equals("long", StringComparison.OrdinalIgnoreCase) ? parts.Length - 2 : parts.Length - 1;
        if (parts.Length < 2 || unitAt < 1 || words.Contains(' ', StringComparison.Ordinal) || !Units.Contains(parts[unitAt]))
        {
            return words;
        }

        var count = string.Join(' ', parts[..unitAt]);
        var unit = parts[unitAt].ToLowerInvariant();
        return $"{count} {(unitAt == 1 && Single.Contains(parts[0]) ? unit : unit + "s")} (\u201C{words}\u201D)";
    }
}
