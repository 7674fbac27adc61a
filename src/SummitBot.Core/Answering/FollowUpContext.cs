namespace SummitBot.Answering;

/// <summary>
/// What a follow-up question ("and where?", "what is his title?", "who said that?") can refer back to.
/// Plain data so any conversation-state store can keep it between turns.
/// </summary>
public sealed record FollowUpContext
{
    public static readonly FollowUpContext Empty = new();

    /// <summary>
    /// The conversation's context could not be read (its store is unreachable): questions that need no context are
    /// answered as usual; a follow-up is told plainly that the bot lost track of the conversation.
    /// </summary>
    public static readonly FollowUpContext Unavailable = new() { IsUnavailable = true };

    /// <summary>True for <see cref="Unavailable"/>: never stored, only passed in by a host whose store failed.</summary>
    public bool IsUnavailable { get; init; }

    /// <summary>The event or person the last answered question was about.</summary>
    public string? EntityId { get; init; }

    /// <summary>The last person named or answered, for "he", "his", "her".</summary>
    public string? PersonId { get; init; }

    /// <summary>
    /// What the last question asked for: the name of its <see cref="AnswerType"/> ("Place"), read back with
    /// <c>Enum.TryParse</c> where a follow-up uses it. Text rather than the enum because this record is stored between
    /// turns, by every instance sharing a store, with Newtonsoft: an enum would be written as its number, which shifts
    /// when a member is inserted (ClockTime was), and a name an older or newer build does not know would fail the whole
    /// conversation's state instead of just this hint.
    /// </summary>
    public string? Asks { get; init; }

    /// <summary>The fact that answered last, for "why?" and "who said that?".</summary>
    public string? FactId { get; init; }

    /// <summary>The last question as the bot read it (follow-ups spelt out), for "and where?" and "what about ...?".</summary>
    public string? Question { get; init; }

    /// <summary>The last person named or answered, by full name, for "he", "his", "her".</summary>
    public string? Person { get; init; }

    /// <summary>
    /// The person the last question named when its answer was someone else ("Kim" of "who held Kim's folder?", answered
    /// by his sister), by full name: "he" after that answer cannot be the sister, and is the person asked about.
    /// </summary>
    public string? Named { get; init; }

    /// <summary>What the last question was about ("the second summit"), for "it" and "there".</summary>
    public string? Topic { get; init; }

    /// <summary>
    /// The place the last answer gave ("Russky Island" for "where did they meet?") or its question named, for "there":
    /// a place, never the person the last question ended on.
    /// </summary>
    public string? Place { get; init; }

    /// <summary>Who said the words the last answer came from, for "who said that?".</summary>
    public string? Speaker { get; init; }

    /// <summary>The source and sentence the last answer cited, to cite again for "who said that?".</summary>
    public string? SourceId { get; init; }

    public string? Cited { get; init; }
}
