namespace SummitBot.Language.Time;

/// <summary>How precise a date is: a day, several days, a week, a month, a season ("next spring"), a year or a decade ("the 1990s").</summary>
public enum DateGrain
{
    Day,
    Days,
    Week,
    Month,
    Season,
    Year,
    Decade,
}
