namespace SummitBot.Language.Time;

/// <summary>
/// The year of a date written without one ("February 27", "in March"): the one nearest the published date, but not
/// after it when the clause speaks of the past ("the leaders met in March" in February is last March), nor before it
/// when it speaks of the future ("will meet in January" in February is next January). A future seen from the past
/// ("would meet in March") could be either side: the nearest. Only the published date says which year it is; the
/// story's last date could be of another year.
/// </summary>
internal sealed class YearGuesser(DateOnly? published)
{
    /// <summary>
    /// How far a day may fall on the wrong side of the published date before the tense moves it a year. A day close to
    /// it is the nearest one whatever the tense says: an article updated after it was first published, or published
    /// in another zone, tells of the days around it; a day months away is of the other year.
    /// </summary>
    private const int Slack = 31;

    public int? Day(int month, int day, Tense tense)
    {
        if (Nearest(month, day) is not { } year || published is not { } around)
        {
            return null;
        }

        var date = Safe(year, month, day);
        return tense switch
        {
            Tense.Past when date.DayNumber > around.DayNumber + Slack => year - 1,
            Tense.Future when date.DayNumber < around.DayNumber - Slack => year + 1,
            _ => year,
        };
    }

    public int? Month(int month, Tense tense)
    {
        if (Nearest(month, 15) is not { } year || published is not { } around)
        {
            return null;
        }

        var whole = CalendarDate.Month(year, month);
        return tense switch
        {
            Tense.Past when whole.From > around => year - 1,
            Tense.Future when whole.To < around => year + 1,
            _ => year,
        };
    }

    /// <summary>The published year moved by <paramref name="years"/> ("last year" is -1), or null when no date was published.</summary>
    public int? Published(int years) => published is { } around ? around.Year + years : null;

    public static DateOnly Safe(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private int? Nearest(int month, int day)
    {
        if (published is not { } around)
        {
            return null;
        }

        var candidates = new[] { around.Year - 1, around.Year, around.Year + 1 };
        return candidates.MinBy(y => Math.Abs(Safe(y, month, day).DayNumber - around.DayNumber));
    }
}
