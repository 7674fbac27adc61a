namespace SummitBot.Answering;

/// <summary>
/// What a follow-up question ("and where?", "what is his title?", "who said that?") can refer back to.
/// Plain data so any conversation-state store can keep it between turns.
/// </summary>
public sealed record FollowUpContext
{
    public static readonly FollowUpContext Empty = new();

    /// <summary>The event or person the last answered question was about.</summary>
    public string? EntityId { get; init; }

    /// <summary>The last person named or answered, for "he", "his", "her".</summary>
    public string? PersonId { get; init; }

    /// <summary>What the last question asked for (place, date, person, ...).</summary>
    public string? Asks { get; init; }

    /// <summary>The fact that answered last, for "why?" and "who said that?".</summary>
    public string? FactId { get; init; }
}
