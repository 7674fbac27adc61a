namespace SummitBot.Language.Time;

/// <summary>A time of day found in a sentence: the tokens it covers [Start, End) and the time on a 24-hour clock.</summary>
internal readonly record struct ClockTime(int Start, int End, int Hour, int Minute)
{
    /// <summary>"08:10", "15:00".</summary>
    public string Value => $"{Hour:00}:{Minute:00}";
}
