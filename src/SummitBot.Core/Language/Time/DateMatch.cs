namespace SummitBot.Language.Time;

/// <summary>
/// A date found in a sentence: the tokens it covers [Start, End), what it means on the calendar (null when it cannot be
/// worked out), and whether the story moves to it, so that "two days later" after it counts from it.
/// </summary>
internal readonly record struct DateMatch(int Start, int End, CalendarDate? Date, bool SetsAnchor = true);
