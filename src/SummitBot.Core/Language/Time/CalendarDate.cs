using System.Globalization;

namespace SummitBot.Language.Time;

/// <summary>A date as a text means it, worked out on the calendar: from, to (inclusive) and how precise it is.</summary>
public readonly record struct CalendarDate(DateOnly From, DateOnly To, DateGrain Grain)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static CalendarDate Day(DateOnly day) => new(day, day, DateGrain.Day);

    public static CalendarDate Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DateGrain.Month);

    /// <summary>
    /// "early March" (1–10), "mid-March" (11–20), "late March" (21 to the end): still a date of a month's grain,
    /// said as the text says it, but only the days it can mean, so it does not match a day of another part.
    /// </summary>
    public static CalendarDate Month(int year, int month, MonthPart part)
    {
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = part switch
        {
            MonthPart.Early => (1, 10),
            MonthPart.Middle => (11, 20),
            MonthPart.Late => (21, last),
            _ => (1, last),
        };
        return new(new DateOnly(year, month, from), new DateOnly(year, month, to), DateGrain.Month);
    }

    public static CalendarDate Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DateGrain.Year);

    /// <summary>"the 1990s" (1990–1999), or the part of it "early", "mid" or "late" names.</summary>
    public static CalendarDate Decade(int start, MonthPart part)
    {
        var (from, to) = Decades.Years(start, part);
        return new(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), DateGrain.Decade);
    }

    public static CalendarDate Week(DateOnly start) => new(start, start.AddDays(6), DateGrain.Week);

    /// <summary>How the bot says it: "Friday, February 8, 2019", "February 27–28, 2019", "the week of February 11, 2019", "June 2018", "early March 2019", "spring 2020", "2017", "the 1990s".</summary>
    public string Display() => (From, To) switch
    {
        _ when From == DateOnly.MinValue => "before " + new CalendarDate(To.AddDays(1), To.AddDays(1), DateGrain.Day).Display(),
        _ when To == DateOnly.MaxValue => "after " + new CalendarDate(From.AddDays(-1), From.AddDays(-1), DateGrain.Day).Display(),
        _ => Shown(),
    };

    private string Shown() => Grain switch
    {
        DateGrain.Day => From.ToString("dddd, MMMM d, yyyy", English),
        DateGrain.Days when From.Month == To.Month && From.Year == To.Year => $"{From.ToString("MMMM d", English)}\u2013{To.Day}, {To.Year}",
        DateGrain.Days => $"{From.ToString("MMMM d", English)} \u2013 {To.ToString("MMMM d, yyyy", English)}",
        DateGrain.Week => $"the week of {From.ToString("MMMM d, yyyy", English)}",
        DateGrain.Month => PartSaid() + From.ToString("MMMM yyyy", English),
        DateGrain.Season when From.Year != To.Year => $"{Seasons.Name(From.Month)} {From.Year}\u2013{To.Year % 100:00}",
        DateGrain.Season => $"{Seasons.Name(From.Month)} {From.Year}",
        DateGrain.Decade => Decades.Say(From.Year, To.Year),
        _ => From.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"early ", "mid-", "late " for a part of a month; nothing for the whole month.</summary>
    private string PartSaid() => (From.Day, To.Day) switch
    {
        (1, 10) => "early ",
        (11, 20) => "mid-",
        (21, _) when To.Day == DateTime.DaysInMonth(To.Year, To.Month) => "late ",
        _ => string.Empty,
    };

    /// <summary>Whether the two overlap on the calendar.</summary>
    public bool Overlaps(CalendarDate other) => From <= other.To && other.From <= To;

    public string Encode() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}/{To:yyyy-MM-dd}/{Grain}");

    public static CalendarDate? Decode(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 3
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && Enum.TryParse<DateGrain>(parts[2], out var grain)
                ? new CalendarDate(from, to, grain)
                : null;
    }

    public override string ToString() => Display();
}
