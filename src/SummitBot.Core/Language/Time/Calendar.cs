namespace SummitBot.Language.Time;

/// <summary>Month and weekday names (full and abbreviated) and their numbers.</summary>
public static class Calendar
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    /// <summary>The month's number (1–12) of a month name or abbreviation ("Feb." too), or 0.</summary>
    public static int Month(string word)
    {
        var plain = word.TrimEnd('.');
        // "May" is a month only capitalized ("may" is a verb); abbreviations only as the text capitalizes them.
        if (plain.Length == 0 || (plain.Length <= 4 && !char.IsUpper(plain[0])))
        {
            return 0;
        }

        return Months.TryGetValue(plain, out var month) && (plain != "may" || char.IsUpper(word[0])) ? month : 0;
    }

    public static DayOfWeek? Weekday(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && Weekdays.TryGetValue(word.TrimEnd('.'), out var day) ? day : null;

    public static bool IsCalendarWord(string word) => Month(word) > 0 || Weekday(word) is not null;

    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    };

    /// <summary>A unit that measures time ("minute" to "decade", singular or plural).</summary>
    public static bool IsTimeUnit(string word) => TimeUnits.Contains(word);
}
