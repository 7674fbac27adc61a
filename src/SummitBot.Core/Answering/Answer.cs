namespace SummitBot.Answering;

/// <summary>
/// What the bot says back to one question: a short text with <c>[n]</c> markers, the citations those markers
/// point at, and suggestions. A decline is an <see cref="Answer"/> too (<see cref="AnswerKind.Declined"/>), never an exception.
/// </summary>
public sealed record Answer(
    AnswerKind Kind,
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Suggestions,
    FollowUpContext Context)
{
    /// <summary>The id of the fact that answered, or null when a passage, chit-chat or a decline did.</summary>
    public string? FactId { get; init; }

    /// <summary>The kind of answer the question asked for, when it was read as a question.</summary>
    public AnswerType? Asked { get; init; }

    /// <summary>Why it declined, for a <see cref="AnswerKind.Declined"/> answer.</summary>
    public DeclineReason? Decline { get; init; }

    /// <summary>
    /// How sure the ranking was of an answer (its evidence's confidence; for several parts, the least sure part's), or
    /// null for chit-chat and declines. For calibration and the unanswered report, never shown to users.
    /// </summary>
    public double? Confidence { get; init; }

    public bool IsAnswered => Kind == AnswerKind.Answered;
}
