namespace SummitBot.Language.Time;

/// <summary>When a clause tells of what it says: before the time of writing, after it, or not said.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,

    /// <summary>A future seen from a past time ("would meet", "was due to land", "was scheduled to"): after that time, which may be before the published date or on it.</summary>
    FutureInPast,
}
