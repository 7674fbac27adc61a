namespace SummitBot.Language.Time;

/// <summary>
/// A decade as a date: "the 1990s", "the early 2000s", "the late 1980s" name ten years of the calendar, or the part
/// of them the word before says (early: the first four, mid: the middle three, late: the last three). The text does
/// not say its day, month or year, so the date is of a decade's grain and matches only what falls in those years.
/// </summary>
internal static class Decades
{
    /// <summary>The decade written at <paramref name="i"/> ("1990s"), with an "early", "mid" or "late" before it.</summary>
    public static DateMatch? At(List<Token> tokens, int i)
    {
        if (Part(tokens[i].Text) is { } part && i + 1 < tokens.Count && StartYear(tokens[i + 1]) is { } partStart)
        {
            return new DateMatch(i, i + 2, CalendarDate.Decade(partStart, part), SetsAnchor: false);
        }

        return StartYear(tokens[i]) is { } start ? new DateMatch(i, i + 1, CalendarDate.Decade(start, MonthPart.Whole), SetsAnchor: false) : null;
    }

    /// <summary>1990 for "1990s": a number of four digits ending in 0 with a plural "s", in the years a news text names.</summary>
    private static int? StartYear(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 5 && token.Text[4] is 's' && token.Text[3] == '0'
            && int.TryParse(token.Text.AsSpan(0, 4), out var year) && year is >= 1900 and <= 2090
            ? year
            : null;

    private static MonthPart? Part(string word) => word.ToLowerInvariant() switch
    {
        "early" => MonthPart.Early,
        "mid" => MonthPart.Middle,
        "late" => MonthPart.Late,
        _ => null,
    };

    /// <summary>The first and last year of the decade's part: "early" 0–3, "mid" 4–6, "late" 7–9, the whole 0–9.</summary>
    public static (int From, int To) Years(int start, MonthPart part) => part switch
    {
        MonthPart.Early => (start, start + 3),
        MonthPart.Middle => (start + 4, start + 6),
        MonthPart.Late => (start + 7, start + 9),
        _ => (start, start + 9),
    };

    /// <summary>"the 1990s", "the early 2000s", as <see cref="CalendarDate.Display"/> says a decade.</summary>
    public static string Say(int fromYear, int toYear)
    {
        var start = fromYear - (fromYear % 10);
        var part = (fromYear % 10, toYear % 10) switch
        {
            (0, 3) => "early ",
            (4, 6) => "mid-",
            (7, 9) => "late ",
            _ => string.Empty,
        };
        return $"the {part}{start}s";
    }
}
