using System.Globalization;
using SummitBot.Language.Quantities;
using SummitBot.Language.Reading;

namespace SummitBot.Language.Time;

/// <summary>
/// Finds dates in a sentence and works out what they mean on the calendar: absolute ones ("June 12, 2018",
/// "February 27 and 28", "in 2017", "early March", "the 1990s", a range read whole: "between February 16 and March 2"), ones relative to the article's published date ("on Friday",
/// "last week", "yesterday") and ones relative to the story's last date ("two days later", "the following day",
/// "the next day", "a day later"), which count from the last day of that date when they go forward and from its
/// first day when they go back. A date that cannot be worked out (no published date) is still marked, with no value.
/// Times of day ("8:10 a.m.") are marked too, with the day the sentence gives (see <see cref="ClockTimes"/>).
/// </summary>
internal sealed class DateReader(DateOnly? published)
{
    /// <summary>Nouns whose number is a name, not a year ("Resolution 2087", "Flight 2019").</summary>
    private static readonly HashSet<string> Numbered = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "article", "section", "chapter", "paragraph", "clause", "flight", "route", "highway", "room", "unit",
        "building", "gate", "platform", "terminal", "bus", "camp", "hill", "no.", "number", "item", "model", "bill", "order",
    };

    private readonly MonthDates _monthDates = new(new YearGuesser(published));

    /// <summary>The last date the story reached, for "two days later".</summary>
    private CalendarDate? _anchor;

    /// <summary>
    /// The last date the story gave to the day: "two days later" counts days from a day, not from the end of a month
    /// mentioned in passing ("set the deadline in April ... Two days later, Choe said").
    /// </summary>
    private CalendarDate? _dayAnchor;

    /// <summary>Whether the sentence read so far has given a date of its own (for "two days after ..." of its clause).</summary>
    private bool _datedHere;

    /// <summary>The last day before the published date the sentence has given so far ("announced on Saturday"), for a weekday it then sets after it.</summary>
    private DateOnly? _dayHere;

    public void Read(ReadSentence sentence)
    {
        var times = TimesOfDay(sentence);
        var tokens = sentence.Tokens;
        _datedHere = false;
        _dayHere = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (sentence.Taken.Contains(i))
            {
                continue;
            }

            if ((_monthDates.Read(tokens, i) ?? Weekday(tokens, i) ?? Relative(tokens, i) ?? Year(tokens, i) ?? Decades.At(tokens, i)) is not { } match)
            {
                continue;
            }

            match = WeekOf(tokens, match);
            match = DateRange.Joined(tokens, match, j => sentence.Taken.Contains(j) ? null : _monthDates.Read(tokens, j)) ?? match;
            sentence.Annotate(AnnotationKind.Date, match.Start, match.End, match.Date?.Encode() ?? string.Empty, match.Date?.Grain.ToString() ?? string.Empty);
            sentence.Take(match.Start, match.End);
            if (match.Date is { } date && match.SetsAnchor)
            {
                _anchor = date;
                _dayAnchor = date.Grain == DateGrain.Day ? date : _dayAnchor;
            }

            _datedHere |= match.Date is not null;
            _dayHere = match.Date is { Grain: DateGrain.Day } day && day.From < published ? day.From : _dayHere;

            i = match.End - 1;
        }

        AnnotateTimes(sentence, times);
    }

    /// <summary>The sentence's times of day, taken before its dates so that no date is read out of "8:10".</summary>
    private static List<ClockTime> TimesOfDay(ReadSentence sentence)
    {
        var times = new List<ClockTime>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (!sentence.Taken.Contains(i) && ClockTimes.At(sentence.Tokens, i) is { } time && !sentence.IsTaken(time.Start, time.End))
            {
                times.Add(time);
                sentence.Take(time.Start, time.End);
                i = time.End - 1;
            }
        }

        return times;
    }

    /// <summary>
    /// Each time of day, with the day of the sentence's nearest date of one day ("at 8:10 a.m. on Feb. 6") as its
    /// detail. A date after the time only in its own phrase, before any comma: in "released shortly before 10 a.m.,
    /// Trump wrote that the meeting, which was scheduled for June 12, ...", June 12 is the meeting's day, not the
    /// release's.
    /// </summary>
    private static void AnnotateTimes(ReadSentence sentence, List<ClockTime> times)
    {
        foreach (var time in times)
        {
            var at = sentence.Tokens[time.Start].Start;
            var comma = sentence.Tokens.FindIndex(time.End, t => t.Text is "," or ";");
            var phraseEnd = comma < 0 ? int.MaxValue : sentence.Tokens[comma].Start;
            var day = sentence.Annotations
                .Where(a => a.Kind == AnnotationKind.Date && CalendarDate.Decode(a.Value) is { Grain: DateGrain.Day } && (a.Start < at || a.Start < phraseEnd))
                .OrderBy(a => Math.Abs(a.Start - at))
                .Select(a => CalendarDate.Decode(a.Value)!.Value.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .FirstOrDefault() ?? string.Empty;
            sentence.Annotate(AnnotationKind.ClockTime, time.Start, time.End, time.Value, day);
        }
    }

    /// <summary>"the week beginning Feb. 17", "the week of March 4": the date is the week.</summary>
    private static DateMatch WeekOf(List<Token> tokens, DateMatch match)
    {
        var i = match.Start;
        return match.Date is { Grain: DateGrain.Day } day && i >= 2 && tokens[i - 1].Text is "beginning" or "starting" or "of" && tokens[i - 2].Text == "week"
            ? match with { Start = i - 2, Date = CalendarDate.Week(day.From) }
            : match;
    }

    /// <summary>"on Friday", "last Tuesday", "next Monday", "Friday morning": the nearest such day before the published date, or after it when the clause speaks of the future (<see cref="ClauseTense"/>).</summary>
    private DateMatch? Weekday(List<Token> tokens, int i)
    {
        if (Calendar.Weekday(tokens[i].Text) is not { } weekday)
        {
            return null;
        }

        if (DayAfterWeekday(tokens, i) is { } written)
        {
            return written;
        }

        if (published is not { } date)
        {
            return new DateMatch(i, i + 1, null);
        }

        if (InNamedWeek(tokens, i, weekday, date) is { } inWeek)
        {
            return inWeek;
        }

        var previous = i > 0 ? tokens[i - 1].Text.ToLowerInvariant() : string.Empty;
        var tense = previous == "next" ? Tense.Future : previous == "last" ? Tense.Past : ClauseTense.Of(tokens, i);
        var offset = ((int)weekday - (int)date.DayOfWeek + 7) % 7;

        // "will meet on Tuesday" on a Tuesday is a week ahead; "is due to address the assembly on Tuesday", the day's
        // timetable told in the present, is that very day, as "was due to land on Tuesday" may be.
        date = tense switch
        {
            Tense.Future => date.AddDays(offset == 0 && !IsTimetableOfToday(tokens, i) ? 7 : offset),
            Tense.FutureInPast => FromDayHere(weekday) ?? date.AddDays(offset),
            _ => AfterDayHere(tokens, i, weekday) ?? date.AddDays(offset == 0 ? 0 : offset - 7),
        };
        if (previous is "last" or "next" && offset == 0)
        {
            // "last Tuesday" written on a Tuesday is a week back, "next Tuesday" (even "is due to ... next Tuesday") a week on.
            date = published.Value.AddDays(previous == "last" ? -7 : 7);
        }
        else if (previous == "last" && MondayIndex(weekday) < MondayIndex(published.Value.DayOfWeek))
        {
            // "last Tuesday" written on a Wednesday: the day of this week would be "on Tuesday" or "yesterday"; "last"
            // names the Tuesday of the week before (a week running Monday to Sunday).
            date = date.AddDays(-7);
        }

        return new DateMatch(i, i + 1, CalendarDate.Day(date));
    }

    /// <summary>
    /// "announced on Saturday that the bridge would reopen on Sunday": a future seen from a past day the sentence gives
    /// counts from that day (the Sunday after that Saturday), not from the published date; null when it gives none.
    /// </summary>
    private DateOnly? FromDayHere(DayOfWeek weekday) =>
        _dayHere is { } day ? day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7) : null;

    /// <summary>
    /// "crowded into the airport on Thursday ... before a deadline on Sunday": a weekday in a phrase opened by "before"
    /// or "ahead of", in a sentence that has given a past day, comes after that day (the Sunday after that Thursday),
    /// though the clause is told in the past; null when the weekday is not so set.
    /// </summary>
    private DateOnly? AfterDayHere(List<Token> tokens, int i, DayOfWeek weekday)
    {
        if (_dayHere is null)
        {
            return null;
        }

        for (var j = i - 1; j >= 0 && j >= i - BeforeReach; j--)
        {
            var word = tokens[j].Text.ToLowerInvariant();
            if (word == "before" || word == "ahead" && j + 1 < tokens.Count && tokens[j + 1].Is("of"))
            {
                return FromDayHere(weekday);
            }

            if (!tokens[j].IsWord || word is "that" or "and" or "but" or "after" or "since")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many tokens may stand between "before" and its weekday ("before a United Nations deadline on Sunday").</summary>
    private const int BeforeReach = 7;

    /// <summary>The day's place in a week that starts on Monday (Monday 0, Sunday 6).</summary>
    private static int MondayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>Words of a plan that, after "is" or "are", tell a timetable ("is due to", "are scheduled to").</summary>
    private static readonly HashSet<string> Timetable = new(StringComparer.OrdinalIgnoreCase) { "due", "scheduled", "set", "expected" };

    /// <summary>"Trump is due to address the assembly on Tuesday": the present "is due to" (no "will") before the weekday in its clause.</summary>
    private static bool IsTimetableOfToday(List<Token> tokens, int i)
    {
        for (var j = i - 1; j > 0 && tokens[j].Text is not ("," or ";" or "that"); j--)
        {
            if (tokens[j].Text.ToLowerInvariant() is "will" or "would" or "'ll")
            {
                return false;
            }

            if (Timetable.Contains(tokens[j].Text) && tokens[j - 1].Text.ToLowerInvariant() is "is" or "are" && j + 1 < tokens.Count && tokens[j + 1].Is("to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "on Thursday last week", "Thursday of next week", "on Monday this week": the weekday of the week named from the
    /// published date (weeks begin on Monday), not the nearest such day; "Thursday before last": the one a week before
    /// the last Thursday.
    /// </summary>
    private static DateMatch? InNamedWeek(List<Token> tokens, int i, DayOfWeek weekday, DateOnly published)
    {
        var at = i + 1 < tokens.Count && tokens[i + 1].Is("of") ? i + 2 : i + 1;
        if (at + 1 < tokens.Count && tokens[at + 1].Is("week") && tokens[at].Text.ToLowerInvariant() is "last" or "next" or "this")
        {
            var sign = tokens[at].Text.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            var monday = StartOfWeek(published.AddDays(7 * sign));
            return new DateMatch(i, at + 2, CalendarDate.Day(monday.AddDays(((int)weekday + 6) % 7)));
        }

        if (i + 2 < tokens.Count && tokens[i + 1].Is("before") && tokens[i + 2].Is("last"))
        {
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            return new DateMatch(i, i + 3, CalendarDate.Day(published.AddDays(-(back == 0 ? 7 : back) - 7)));
        }

        return null;
    }

    /// <summary>
    /// "on Saturday, Feb. 10": a weekday with the day of the month after it names that one day, written out; the
    /// weekday is not a day of its own counted from the published date (which, a week or more on, is another day).
    /// </summary>
    private DateMatch? DayAfterWeekday(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i + 1].Text == "," && _monthDates.Read(tokens, i + 2) is { Date.Grain: DateGrain.Day } day && day.Start == i + 2
            ? day with { Start = i }
            : null;

    /// <summary>"yesterday", "last week", "next month", "earlier this year", "two days later", "the following day", "a week ago".</summary>
    private DateMatch? Relative(List<Token> tokens, int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        if (IsNamePart(tokens, i))
        {
            // ABC's "This Week", NBC's "Today": words of time written as a name's are a programme's title, no date.
            return DayAfterInStory(tokens, i) ?? Counted(tokens, i, word) ?? NewYearsDay(tokens, i, word);
        }

        switch (word)
        {
            case "today" or "tonight":
                return At(i, i + 1, 0, published);
            case "yesterday":
                return At(i, i + 1, -1, published);
            case "tomorrow":
                return At(i, i + 1, 1, published);
        }

        return DayAfterInStory(tokens, i) ?? PublishedRelative(tokens, i, word) ?? Counted(tokens, i, word) ?? NewYearsDay(tokens, i, word);
    }

    /// <summary>
    /// A capital where a date would have none: before another capitalized word ("This Week", "Last Week Tonight"), or
    /// after a word ("on Today"). A sentence's first word ("This week, ...") has its capital from the sentence.
    /// </summary>
    private static bool IsNamePart(List<Token> tokens, int i) =>
        tokens[i].IsCapitalized && ((i + 1 < tokens.Count && tokens[i + 1].IsCapitalized) || (i > 0 && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Possessive));

    /// <summary>
    /// "the following day", "the next morning", "the previous day", "(arrived) the day before.": the day after or
    /// before the story's last date. Without "the", "next day" is counted from the published date like "next week".
    /// </summary>
    private DateMatch? DayAfterInStory(List<Token> tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].Is("the") || i + 1 >= tokens.Count)
        {
            return null;
        }

        var word = tokens[i].Text.ToLowerInvariant();
        var next = tokens[i + 1].Text.ToLowerInvariant();
        if (word is "following" or "next" or "previous" && next is "day" or "morning" or "afternoon" or "evening" or "night")
        {
            return word == "previous" ? At(i, i + 2, -1, StoryFirst) : At(i, i + 2, 1, StoryLast);
        }

        // "... the day before." / "the day after,": with nothing after it that it would be before or after.
        var ends = i + 2 >= tokens.Count || tokens[i + 2].Kind == TokenKind.Symbol;
        return word == "day" && next is "before" or "after" && ends ? (next == "before" ? At(i, i + 2, -1, StoryFirst) : At(i, i + 2, 1, StoryLast)) : null;
    }

    /// <summary>"last week", "next month", "this weekend", "next spring", "earlier this year": from the published date; the story does not move to them.</summary>
    private DateMatch? PublishedRelative(List<Token> tokens, int i, string word)
    {
        if (word is "last" or "next" or "this" or "past" && i + 1 < tokens.Count && Unit(tokens[i + 1].Text) is { } unit)
        {
            var sign = word switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            return published is null ? new DateMatch(i, i + 2, null) : new DateMatch(i, i + 2, Shift(published.Value, unit, sign), SetsAnchor: false);
        }

        if (word is "last" or "next" or "this" && i + 1 < tokens.Count && Seasons.StartMonth(tokens[i + 1].Text) is var season and > 0)
        {
            // "next spring", "last autumn", "this summer": the season's three months, as "next month" is its month.
            var sign = word switch { "last" => -1, "next" => 1, _ => 0 };
            return published is null ? new DateMatch(i, i + 2, null) : new DateMatch(i, i + 2, Seasons.Relative(published.Value, season, sign), SetsAnchor: false);
        }

        if (word is "earlier" or "later" && i + 2 < tokens.Count && tokens[i + 1].Text == "this" && Unit(tokens[i + 2].Text) is { } thisUnit)
        {
            return published is null ? new DateMatch(i, i + 3, null) : new DateMatch(i, i + 3, Shift(published.Value, thisUnit, 0), SetsAnchor: false);
        }

        return null;
    }

    /// <summary>"two days later", "a week earlier" (from the story's last date), "three days ago" (from the published date).</summary>
    private DateMatch? Counted(List<Token> tokens, int i, string word)
    {
        if (NumberWords.Value(word, loose: true) is not { } count || count < 1 || count > 100 || i + 2 >= tokens.Count || Unit(tokens[i + 1].Text) is not { } span)
        {
            return null;
        }

        var relation = tokens[i + 2].Text.ToLowerInvariant();
        if (relation is not ("later" or "earlier" or "ago" or "before" or "after" or "afterwards" or "afterward"))
        {
            return null;
        }

        var forward = relation is "later" or "after" or "afterwards" or "afterward";
        if (relation is "after" or "before" && _datedHere && IsFollowedByClause(tokens, i + 3))
        {
            // "North Korea said on Thursday ..., two days after Trump warned ...": the sentence has dated its own clause, so
            // what follows "after" is the earlier event, two days before that date ("before": after it), and the story
            // stays at the sentence's date.
            var back = relation == "after";
            if ((back ? StoryFirst : StoryLast) is not { } sentenceDate)
            {
                return new DateMatch(i, i + 3, null);
            }

            var then = Move(sentenceDate, span, (int)count * (back ? -1 : 1));
            return new DateMatch(i, i + 3, span == "day" ? CalendarDate.Day(then) : Shift(then, span, 0), SetsAnchor: false);
        }

        var from = relation == "ago" ? published : AsideCountsFrom(tokens, i, relation)
            ?? (span == "day" && _dayAnchor is { } day ? (forward ? day.To : day.From) : forward ? StoryLast : StoryFirst);
        if (from is null)
        {
            return new DateMatch(i, i + 3, null);
        }

        var moved = Move(from.Value, span, (int)count * (forward ? 1 : -1));
        return new DateMatch(i, i + 3, span == "day" ? CalendarDate.Day(moved) : Shift(moved, span, 0));
    }

    /// <summary>
    /// "A crew, rescued only two days earlier, flew home on Monday": "earlier" or "later" in a clause said of a noun in
    /// passing (<see cref="RelativeAside"/>) counts from the sentence's own day, told after the clause, not from the
    /// story's last date; null when the sentence tells no day after it.
    /// </summary>
    private DateOnly? AsideCountsFrom(List<Token> tokens, int i, string relation)
    {
        if (relation is not ("earlier" or "later") || _datedHere || RelativeAside.Around(tokens, i) is not var (_, to))
        {
            return null;
        }

        for (var j = to; j < tokens.Count; j++)
        {
            if ((_monthDates.Read(tokens, j) ?? Weekday(tokens, j)) is { Date: { Grain: DateGrain.Day } day })
            {
                return relation == "later" ? day.To : day.From;
            }
        }

        return null;
    }

    /// <summary>Whether words follow that "after"/"before" relates to ("after Trump warned"), not the sentence's end or a comma.</summary>
    private static bool IsFollowedByClause(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].IsWord;

    /// <summary>"New Year's Day": January 1 of the year the text is in.</summary>
    private DateMatch? NewYearsDay(List<Token> tokens, int i, string word)
    {
        if (word != "new" || i + 3 >= tokens.Count || !tokens[i + 1].Is("year") || tokens[i + 2].Kind != TokenKind.Possessive || !tokens[i + 3].Is("day"))
        {
            return null;
        }

        var year = published?.Year;
        return year is null ? new DateMatch(i, i + 4, null) : new DateMatch(i, i + 4, CalendarDate.Day(new DateOnly(year.Value, 1, 1)), SetsAnchor: false);
    }

    /// <summary>The story's last day, for what comes after it: the last of "February 27 and 28"; the published date before any.</summary>
    private DateOnly? StoryLast => _anchor?.To ?? published;

    /// <summary>The story's first day of its last date, for what came before it.</summary>
    private DateOnly? StoryFirst => _anchor?.From ?? published;

    /// <summary>"in 2017", "2018": a year on its own; not a number that names something ("Resolution 2087") nor a percentage.</summary>
    private static DateMatch? Year(List<Token> tokens, int i) =>
        MonthDates.YearAt(tokens, i) is { } year && !(i + 1 < tokens.Count && tokens[i + 1].Text is "%" or "percent") && !(i > 0 && Numbered.Contains(tokens[i - 1].Text))
            ? new DateMatch(i, i + 1, CalendarDate.Year(year), SetsAnchor: false)
            : null;

    private static DateMatch At(int start, int end, int days, DateOnly? from) =>
        from is null ? new DateMatch(start, end, null) : new DateMatch(start, end, CalendarDate.Day(from.Value.AddDays(days)));

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
}
