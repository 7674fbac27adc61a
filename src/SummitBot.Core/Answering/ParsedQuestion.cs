namespace SummitBot.Answering;

/// <summary>What the question reader made of one question.</summary>
internal sealed record ParsedQuestion(
    AskedFor Asks,
    bool AsksSaidOutright,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<string> Content,
    int? Ordinal,
    bool OrdinalOfLastTopic,
    bool? Future,
    bool PersonPronoun,
    bool ThingPronoun,
    bool Elliptical,
    bool MentionsMeeting,
    bool AsksSomething);
