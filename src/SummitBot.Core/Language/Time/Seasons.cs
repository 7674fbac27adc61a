namespace SummitBot.Language.Time;

/// <summary>
/// The seasons as dates: "next spring", "last autumn", "this summer" name three months of the calendar, counted from
/// the article's published date. Seasons are the northern hemisphere's months as news weather uses them (spring
/// March to May, summer June to August, autumn September to November, winter December to February).
/// </summary>
internal static class Seasons
{
    /// <summary>The month a season starts in, by its name ("fall" is American for autumn); 0 for no season.</summary>
    public static int StartMonth(string word) => word.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "autumn" or "fall" => 9,
        "winter" => 12,
        _ => 0,
    };

    /// <summary>The season's name by the month it starts in, as <see cref="CalendarDate.Display"/> says it.</summary>
    public static string Name(int startMonth) => startMonth switch
    {
        3 => "spring",
        6 => "summer",
        9 => "autumn",
        _ => "winter",
    };

    /// <summary>
    /// The season starting in <paramref name="startMonth"/> that "next" (1), "last" (-1) or "this" (0) names from
    /// <paramref name="published"/>: the first to start after it, the last to end before it, or the one it falls in,
    /// else the nearer of this year's and the next one's (in January, "this summer" is the one ahead).
    /// </summary>
    public static CalendarDate Relative(DateOnly published, int startMonth, int sign)
    {
        // The occurrences around the published date, by the year each starts in.
        var around = Enumerable.Range(published.Year - 2, 5).Select(year => Of(year, startMonth)).ToList();
        return sign switch
        {
            > 0 => around.First(s => s.From > published),
            < 0 => around.Last(s => s.To < published),
            _ => around.FirstOrDefault(s => s.From <= published && published <= s.To) is { Grain: DateGrain.Season } now
                ? now
                : around.OrderBy(s => Distance(published, s)).ThenByDescending(s => s.From).First(),
        };
    }

    /// <summary>The season that starts in <paramref name="startMonth"/> of <paramref name="year"/> (winter runs into the next year).</summary>
    public static CalendarDate Of(int year, int startMonth)
    {
        var from = new DateOnly(year, startMonth, 1);
        return new CalendarDate(from, from.AddMonths(3).AddDays(-1), DateGrain.Season);
    }

    private static int Distance(DateOnly day, CalendarDate season) =>
        day < season.From ? season.From.DayNumber - day.DayNumber : day.DayNumber - season.To.DayNumber;
}
