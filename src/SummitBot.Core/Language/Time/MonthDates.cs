namespace SummitBot.Language.Time;

/// <summary>
/// Dates written with a month's name: "June 12, 2018", "Feb. 17", "February 27 and 28", "February 27-28, 2019",
/// "12 June 2018", "the 5th of March", "June 2018", "in March", "early March", "mid-February", "the end of March".
/// A part of a month is kept as that part (<see cref="MonthPart"/>); a missing year is guessed (<see cref="YearGuesser"/>).
/// </summary>
internal sealed class MonthDates(YearGuesser years)
{
    /// <summary>Words before a month's name alone that make it a date ("in March"), not a word such as "may" or a name.</summary>
    private static readonly HashSet<string> Before = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "during", "from", "through", "before", "after", "for",
    };

    public DateMatch? Read(List<Token> tokens, int i)
    {
        var month = Calendar.Month(tokens[i].Text);
        if (month == 0)
        {
            return DayBeforeMonth(tokens, i) ?? MidMonth(tokens, i);
        }

        var j = i + 1;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && Day(tokens[j].Text) is { } day)
        {
            return DaysAfterMonth(tokens, i, month, day);
        }

        var (part, start) = PartBefore(tokens, i);
        if (YearAt(tokens, j) is { } year)
        {
            return new DateMatch(start, j + 1, CalendarDate.Month(year, month, part));
        }

        if (YearOffsetAt(tokens, i, j) is { } offset && years.Published(offset.Years) is { } relative)
        {
            return new DateMatch(start, offset.End, CalendarDate.Month(relative, month, part));
        }

        return i > 0 && Before.Contains(tokens[i - 1].Text) ? Guessed(tokens, i, start, j, month, part) : null;
    }

    /// <summary>"February 27", "Feb. 27 and 28", "February 27-28, 2019", "June 12 2018".</summary>
    private DateMatch DaysAfterMonth(List<Token> tokens, int i, int month, int day)
    {
        var j = i + 2;
        var lastDay = day;
        if (j + 1 < tokens.Count && tokens[j].Text is "and" or "&" or "-" or "\u2013" or "to" or "through" && tokens[j + 1].Kind == TokenKind.Number && Day(tokens[j + 1].Text) is { } second && second > day)
        {
            lastDay = second;
            j += 2;
        }

        if (j + 1 < tokens.Count && tokens[j].Text == "," && YearAt(tokens, j + 1) is { } commaYear)
        {
            return Days(i, j + 2, commaYear, month, day, lastDay);
        }

        if (YearAt(tokens, j) is { } year)
        {
            return Days(i, j + 1, year, month, day, lastDay);
        }

        var guessed = years.Day(month, day, ClauseTense.Of(tokens, i));
        return guessed is null ? new DateMatch(i, j, null) : Days(i, j, guessed.Value, month, day, lastDay);
    }

    /// <summary>"12 June 2018", "5 March", "the 5th of March", "5th of March, 2019".</summary>
    private DateMatch? DayBeforeMonth(List<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number || Day(tokens[i].Text) is not { } day)
        {
            return null;
        }

        var at = i + 1 < tokens.Count && tokens[i + 1].Is("of") ? i + 2 : i + 1;
        if (at >= tokens.Count || Calendar.Month(tokens[at].Text) is not (> 0 and var month))
        {
            return null;
        }

        var end = at + 1;
        var comma = end + 1 < tokens.Count && tokens[end].Text == "," && YearAt(tokens, end + 1) is not null;
        var year = YearAt(tokens, comma ? end + 1 : end);
        if (year is not null)
        {
            end += comma ? 2 : 1;
        }

        year ??= years.Day(month, day, ClauseTense.Of(tokens, i));
        return year is null ? new DateMatch(i, end, null) : new DateMatch(i, end, CalendarDate.Day(YearGuesser.Safe(year.Value, month, day)));
    }

    /// <summary>"mid-February", "mid-February 2019": one word.</summary>
    private DateMatch? MidMonth(List<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        if (!tokens[i].IsWord || !text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) || Calendar.Month(text[4..]) is not (> 0 and var month))
        {
            return null;
        }

        return YearAt(tokens, i + 1) is { } year
            ? new DateMatch(i, i + 2, CalendarDate.Month(year, month, MonthPart.Middle))
            : Guessed(tokens, i, i, i + 1, month, MonthPart.Middle);
    }

    /// <summary>"in March", "last March", "next March", "early March": the year guessed from the tense ("last" is past, "next" future).</summary>
    private DateMatch Guessed(List<Token> tokens, int i, int start, int end, int month, MonthPart part)
    {
        var tense = i > 0 && tokens[i - 1].Is("last") ? Tense.Past : i > 0 && tokens[i - 1].Is("next") ? Tense.Future : ClauseTense.Of(tokens, i);
        var year = years.Month(month, tense);
        return year is null ? new DateMatch(start, end, null) : new DateMatch(start, end, CalendarDate.Month(year.Value, month, part));
    }

    /// <summary>The part of the month the words before it name, and where the date's words start: "early March", "mid March", "the end of March".</summary>
    private static (MonthPart Part, int Start) PartBefore(List<Token> tokens, int i)
    {
        var word = i > 0 ? tokens[i - 1].Text.ToLowerInvariant() : string.Empty;
        switch (word)
        {
            case "early":
                return (MonthPart.Early, i - 1);
            case "mid" or "middle":
                return (MonthPart.Middle, i - 1);
            case "late":
                return (MonthPart.Late, i - 1);
        }

        var of = word == "of" && i > 1 ? tokens[i - 2].Text.ToLowerInvariant() : string.Empty;
        return of switch
        {
            "beginning" or "start" => (MonthPart.Early, i - 2),
            "middle" => (MonthPart.Middle, i - 2),
            "end" => (MonthPart.Late, i - 2),
            _ => (MonthPart.Whole, i),
        };
    }

    private static DateMatch Days(int start, int end, int year, int month, int day, int lastDay)
    {
        var from = YearGuesser.Safe(year, month, day);
        return lastDay == day
            ? new DateMatch(start, end, CalendarDate.Day(from))
            : new DateMatch(start, end, new CalendarDate(from, YearGuesser.Safe(year, month, lastDay), DateGrain.Days));
    }

    public static int? Day(string text) =>
        int.TryParse(text.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), out var day) && day is >= 1 and <= 31 ? day : null;

    /// <summary>
    /// "September of last year", "March next year", "May this year": the month's year told relative to the published
    /// one, which no guess from the tense can match (a month of last year may lie nearer the published date in this
    /// one). The month must be capitalised, so that "they may next year" is no date. The years off and the end.
    /// </summary>
    private static (int Years, int End)? YearOffsetAt(List<Token> tokens, int i, int j)
    {
        if (!char.IsUpper(tokens[i].Text[0]))
        {
            return null;
        }

        var at = j < tokens.Count && tokens[j].Is("of") ? j + 1 : j;
        if (at + 1 >= tokens.Count || !tokens[at + 1].Is("year"))
        {
            return null;
        }

        int? years = tokens[at].Text.ToLowerInvariant() switch { "last" => -1, "this" => 0, "next" => 1, _ => null };
        return years is { } off ? (off, at + 2) : null;
    }

    public static int? YearAt(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var year) && year is >= 1900 and <= 2100
            ? year
            : null;
}
