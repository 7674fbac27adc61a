using SummitBot.Language.Quantities;
using SummitBot.Language.Reading;

namespace SummitBot.Language.Time;

/// <summary>
/// Finds dates in a sentence and works out what they mean on the calendar: absolute ones ("June 12, 2018",
/// "February 27 and 28", "in 2017"), ones relative to the article's published date ("on Friday", "last week",
/// "yesterday") and ones relative to the story's last date ("two days later", "the following day").
/// A date that cannot be worked out (no published date) is still marked, with no value.
/// </summary>
internal sealed class DateReader(DateOnly? published)
{
    /// <summary>Words that put a sentence's weekday ahead of the published date ("will meet on Tuesday"); news speaks of the past otherwise.</summary>
    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase) { "will", "shall", "'ll", "\u2019ll" };

    /// <summary>The last date the story reached, for "two days later".</summary>
    private DateOnly? _anchor;

    public void Read(ReadSentence sentence)
    {
        var tokens = sentence.Tokens;
        var future = tokens.Any(t => Future.Contains(t.Text));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (sentence.Taken.Contains(i))
            {
                continue;
            }

            var found = MonthDate(tokens, i) ?? Weekday(tokens, i, future) ?? Relative(tokens, i) ?? Year(tokens, i);
            if (found is not { } match)
            {
                continue;
            }

            var start = i;
            // "the week beginning Feb. 17": the date is the week.
            if (match.Date is { Grain: DateGrain.Day } day && i >= 2 && tokens[i - 1].Text is "beginning" or "starting" or "of" && tokens[i - 2].Text == "week")
            {
                match = match with { Date = CalendarDate.Week(day.From) };
                start = i - 2;
            }

            sentence.Annotate(AnnotationKind.Date, start, match.End, match.Date?.Encode() ?? string.Empty, match.Date?.Grain.ToString() ?? string.Empty);
            sentence.Take(start, match.End);
            if (match.Date is { } date && match.SetsAnchor)
            {
                _anchor = date.From;
            }

            i = match.End - 1;
        }
    }

    private readonly record struct Found(int End, CalendarDate? Date, bool SetsAnchor = true);

    /// <summary>"June 12, 2018", "Feb. 17", "February 27 and 28", "February 27-28, 2019", "12 June 2018", "June 2018", "March".</summary>
    private Found? MonthDate(List<Token> tokens, int i)
    {
        var month = Calendar.Month(tokens[i].Text);
        if (month == 0)
        {
            // "12 June 2018"
            if (tokens[i].Kind == TokenKind.Number && Day(tokens[i].Text) is { } d && i + 1 < tokens.Count && Calendar.Month(tokens[i + 1].Text) is > 0 and var m)
            {
                var end = i + 2;
                var y = YearAt(tokens, end) is { } yy ? (end++, yy).yy : Guess(m, d);
                return y is null ? new Found(end, null) : new Found(end, CalendarDate.Day(Safe(y.Value, m, d)));
            }

            return null;
        }

        var j = i + 1;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && Day(tokens[j].Text) is { } day)
        {
            j++;
            var lastDay = day;
            if (j + 1 < tokens.Count && tokens[j].Text is "and" or "&" or "-" or "\u2013" or "to" or "through" && tokens[j + 1].Kind == TokenKind.Number && Day(tokens[j + 1].Text) is { } second && second > day)
            {
                lastDay = second;
                j += 2;
            }

            if (j + 1 < tokens.Count && tokens[j].Text == "," && YearAt(tokens, j + 1) is { } commaYear)
            {
                return Days(commaYear, month, day, lastDay, j + 2);
            }

            if (YearAt(tokens, j) is { } year)
            {
                return Days(year, month, day, lastDay, j + 1);
            }

            var guessed = Guess(month, day);
            return guessed is null ? new Found(j, null) : Days(guessed.Value, month, day, lastDay, j);
        }

        // "June 2018", "in March", "mid-February" (read as the month).
        if (YearAt(tokens, j) is { } monthYear)
        {
            return new Found(j + 1, CalendarDate.Month(monthYear, month));
        }

        if (i > 0 && tokens[i - 1].Text is "in" or "of" or "since" or "until" or "by" or "early" or "late" or "mid" or "last" or "next" or "this" or "during")
        {
            var year = Guess(month, 15);
            return year is null ? new Found(j, null) : new Found(j, CalendarDate.Month(year.Value, month));
        }

        return null;
    }

    private static Found Days(int year, int month, int day, int lastDay, int end)
    {
        var from = Safe(year, month, day);
        return lastDay == day
            ? new Found(end, CalendarDate.Day(from))
            : new Found(end, new CalendarDate(from, Safe(year, month, lastDay), DateGrain.Days));
    }

    /// <summary>"on Friday", "last Tuesday", "next Monday", "Friday morning": the nearest such day before the published date, or after it when the sentence speaks of the future.</summary>
    private Found? Weekday(List<Token> tokens, int i, bool future)
    {
        if (Calendar.Weekday(tokens[i].Text) is not { } weekday)
        {
            return null;
        }

        var start = published;
        if (start is null)
        {
            return new Found(i + 1, null);
        }

        var previous = i > 0 ? tokens[i - 1].Text.ToLowerInvariant() : string.Empty;
        var ahead = previous == "next" || (previous != "last" && future);
        var date = start.Value;
        var offset = ((int)weekday - (int)date.DayOfWeek + 7) % 7;
        date = ahead ? date.AddDays(offset == 0 ? 7 : offset) : date.AddDays(offset == 0 ? 0 : offset - 7);
        if (previous == "last" && offset == 0)
        {
            date = date.AddDays(-7);
        }

        return new Found(i + 1, CalendarDate.Day(date));
    }

    /// <summary>"yesterday", "last week", "next month", "earlier this year", "two days later", "the following day", "a week ago".</summary>
    private Found? Relative(List<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        switch (word)
        {
            case "today" or "tonight":
                return At(i + 1, 0, published);
            case "yesterday":
                return At(i + 1, -1, published);
            case "tomorrow":
                return At(i + 1, 1, published);
        }

        if (word is "last" or "next" or "this" or "past" && i + 1 < tokens.Count && Unit(tokens[i + 1].Text) is { } unit)
        {
            var sign = word switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            return published is null ? new Found(i + 2, null) : new Found(i + 2, Shift(published.Value, unit, sign), SetsAnchor: false);
        }

        if (word is "earlier" or "later" && i + 2 < tokens.Count && tokens[i + 1].Text == "this" && Unit(tokens[i + 2].Text) is { } thisUnit)
        {
            return published is null ? new Found(i + 3, null) : new Found(i + 3, Shift(published.Value, thisUnit, 0), SetsAnchor: false);
        }

        // "the following day", "the next day", "the previous day", "the day before", "the day after".
        if (word is "following" or "next" or "previous" && i > 0 && tokens[i - 1].Text == "the" && i + 1 < tokens.Count && tokens[i + 1].Text is "day" or "morning")
        {
            return At(i + 2, word == "previous" ? -1 : 1, _anchor ?? published);
        }

        // "two days later", "a week earlier", "three days ago".
        if (NumberWords.Value(word, loose: true) is { } count && count >= 1 && count <= 100 && i + 2 < tokens.Count && Unit(tokens[i + 1].Text) is { } span
            && tokens[i + 2].Text.ToLowerInvariant() is "later" or "earlier" or "ago" or "before" or "after" or "afterwards" or "afterward")
        {
            var direction = tokens[i + 2].Text.ToLowerInvariant() is "later" or "after" or "afterwards" or "afterward" ? 1 : -1;
            var from = tokens[i + 2].Text.Equals("ago", StringComparison.OrdinalIgnoreCase) ? published : _anchor ?? published;
            if (from is null)
            {
                return new Found(i + 3, null);
            }

            var moved = Move(from.Value, span, (int)count * direction);
            return new Found(i + 3, span == "day" ? CalendarDate.Day(moved) : Shift(moved, span, 0));
        }

        // "New Year's Day": January 1 of the year the text is in.
        if (word == "new" && i + 3 < tokens.Count && tokens[i + 1].Is("year") && tokens[i + 2].Kind == TokenKind.Possessive && tokens[i + 3].Is("day"))
        {
            var year = published?.Year;
            return year is null ? new Found(i + 4, null) : new Found(i + 4, CalendarDate.Day(new DateOnly(year.Value, 1, 1)), SetsAnchor: false);
        }

        return null;
    }

    /// <summary>"in 2017", "2018": a year on its own.</summary>
    private static Found? Year(List<Token> tokens, int i) =>
        YearAt(tokens, i) is { } year && !(i + 1 < tokens.Count && tokens[i + 1].Text is "%" or "percent")
            ? new Found(i + 1, CalendarDate.Year(year), SetsAnchor: false)
            : null;

    private static Found At(int end, int days, DateOnly? from) =>
        from is null ? new Found(end, null) : new Found(end, CalendarDate.Day(from.Value.AddDays(days)));

    private static CalendarDate Shift(DateOnly from, string unit, int sign) => unit switch
    {
        "week" => CalendarDate.Week(StartOfWeek(from.AddDays(7 * sign))),
        "month" => MonthOf(from.AddMonths(sign)),
        "year" => CalendarDate.Year(from.Year + sign),
        "weekend" => new CalendarDate(StartOfWeek(from.AddDays(7 * sign)).AddDays(5), StartOfWeek(from.AddDays(7 * sign)).AddDays(6), DateGrain.Days),
        _ => CalendarDate.Day(from.AddDays(sign)),
    };

    private static DateOnly Move(DateOnly from, string unit, int count) => unit switch
    {
        "week" => from.AddDays(7 * count),
        "month" => from.AddMonths(count),
        "year" => from.AddYears(count),
        _ => from.AddDays(count),
    };

    private static CalendarDate MonthOf(DateOnly date) => CalendarDate.Month(date.Year, date.Month);

    private static DateOnly StartOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static string? Unit(string word) => word.ToLowerInvariant() switch
    {
        "day" or "days" => "day",
        "week" or "weeks" => "week",
        "month" or "months" => "month",
        "year" or "years" => "year",
        "weekend" => "weekend",
        _ => null,
    };

    private static int? Day(string text) =>
        int.TryParse(text.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), out var day) && day is >= 1 and <= 31 ? day : null;

    private static int? YearAt(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Number && tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var year) && year is >= 1900 and <= 2100
            ? year
            : null;

    /// <summary>The year of a month and day given without one: the one nearest the published date.</summary>
    private int? Guess(int month, int day)
    {
        // Only the published date says which year "February 27" is; the story's last date could be of another year.
        var around = published;
        if (around is null)
        {
            return null;
        }

        var candidates = new[] { around.Value.Year - 1, around.Value.Year, around.Value.Year + 1 };
        return candidates.MinBy(y => Math.Abs(Safe(y, month, day).DayNumber - around.Value.DayNumber));
    }

    private static DateOnly Safe(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
