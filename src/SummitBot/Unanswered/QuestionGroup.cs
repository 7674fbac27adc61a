using SummitBot.Answering;

namespace SummitBot.Unanswered;

/// <summary>
/// Questions asked in similar words: how often, in which wordings (the most asked first), why they were declined,
/// what they asked for, on which channels, and when first and last. Each tally is most frequent first.
/// </summary>
internal sealed record QuestionGroup(
    int Count,
    IReadOnlyList<KeyValuePair<string, int>> Wordings,
    IReadOnlyList<KeyValuePair<DeclineReason?, int>> Reasons,
    IReadOnlyList<KeyValuePair<AnswerType?, int>> Asked,
    IReadOnlyList<KeyValuePair<string, int>> Channels,
    DateTimeOffset First,
    DateTimeOffset Last);
