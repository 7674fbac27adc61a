using System.Globalization;

namespace SummitBot.Language.Time;

/// <summary>
/// Finds times of day: "9 a.m.", "8:10 a.m. local time", "about 3 p.m.", "at 14:30", "2310 GMT", "at noon". A time
/// needs "a.m."/"p.m.", a zone, or a colon after a word such as "at", so that "3:1" or "2,300" is not one. A
/// qualifier before it ("about") and a zone after it ("local time", "GMT", "Seoul time") are part of its words; the
/// time is the one written, in the zone written.
/// </summary>
internal static class ClockTimes
{
    private static readonly HashSet<string> Zones = new(StringComparer.Ordinal)
    {
        "GMT", "UTC", "KST", "JST", "EST", "EDT", "ET", "CST", "PST", "PDT", "PT", "BST", "CET", "ICT", "SGT", "HKT",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "approximately", "roughly", "nearly", "almost", "exactly", "precisely",
    };

    /// <summary>Words after which "14:30" or "noon" is a time of day.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to", "approximately",
    };

    /// <summary>The time of day that starts at token <paramref name="i"/> (after any qualifier), or null.</summary>
    public static ClockTime? At(List<Token> tokens, int i)
    {
        var time = Noon(tokens, i) ?? Digits(tokens, i);
        if (time is not { } found)
        {
            return null;
        }

        var start = i > 0 && Qualifiers.Contains(tokens[i - 1].Text) ? i - 1 : i;
        return found with { Start = start, End = ZoneEnd(tokens, found.End) };
    }

    private static ClockTime? Noon(List<Token> tokens, int i)
    {
        if (i == 0 || !TimeWords.Contains(tokens[i - 1].Text))
        {
            return null;
        }

        return tokens[i].Is("noon") || tokens[i].Is("midday") ? new ClockTime(i, i + 1, 12, 0)
            : tokens[i].Is("midnight") ? new ClockTime(i, i + 1, 0, 0)
            : null;
    }

    /// <summary>"9 a.m.", "8:10 p.m.", "14:30" after "at", "2310 GMT".</summary>
    private static ClockTime? Digits(List<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number || !int.TryParse(tokens[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var (hour, minute, end) = (number, 0, i + 1);
        var colon = i + 2 < tokens.Count && tokens[i + 1].Text == ":" && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Text.Length == 2
            && int.TryParse(tokens[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out minute);
        if (colon)
        {
            end = i + 3;
        }
        else if (tokens[i].Text.Length == 4 && IsZone(tokens, i + 1))
        {
            // "(2310 GMT)": hours and minutes run together.
            (hour, minute) = (number / 100, number % 100);
        }

        if (Meridiem(tokens, end) is { } pm)
        {
            return hour is >= 1 and <= 12 && minute < 60 ? new ClockTime(i, end + 1, (hour % 12) + (pm ? 12 : 0), minute) : null;
        }

        var written = colon ? i > 0 && TimeWords.Contains(tokens[i - 1].Text) || IsZone(tokens, end) : tokens[i].Text.Length == 4 && IsZone(tokens, end);
        return written && hour < 24 && minute < 60 ? new ClockTime(i, end, hour, minute) : null;
    }

    /// <summary>Whether the token at <paramref name="i"/> is "a.m." (false) or "p.m." (true); null if neither.</summary>
    private static bool? Meridiem(List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return null;
        }

        return tokens[i].Text.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "am" => false,
            "pm" => true,
            _ => null,
        };
    }

    private static bool IsZone(List<Token> tokens, int i) => i < tokens.Count && Zones.Contains(tokens[i].Text);

    /// <summary>Where the time's words end, with a zone after it: "GMT", "local time", "Seoul time".</summary>
    private static int ZoneEnd(List<Token> tokens, int end)
    {
        if (IsZone(tokens, end))
        {
            return end + 1;
        }

        var named = end + 1 < tokens.Count && tokens[end + 1].Is("time") && (tokens[end].Is("local") || tokens[end].IsCapitalized);
        return named ? end + 2 : end;
    }
}
