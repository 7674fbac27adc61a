namespace SummitBot.Answering.Curated;

/// <summary>What the question reader made of one question.</summary>
internal sealed record ParsedQuestion(
    AnswerType Asks,
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
    bool AsksSomething)
{
    /// <summary>The terms of the entities the question names, and its other content terms.</summary>
    public IEnumerable<string> AllTerms => Mentions.SelectMany(m => m.Terms).Concat(Content);

    /// <summary>"Who is X?": asks who someone is, so only what is said of a person (not an event's cast) answers it.</summary>
    public bool AsksIdentity { get; init; }

    /// <summary>A verb of going or meeting ("go", "travel", "visit", "meet"): "where did he go" asks about an event, "where is he from" does not.</summary>
    public bool MentionsMovement { get; init; }

    /// <summary>"not", "except", "other than": the question asks about what is not so.</summary>
    public bool Negated { get; init; }

    /// <summary>Past tense said by the verb itself ("did", "met", "held"), not only by "was".</summary>
    public bool ClearlyPast { get; init; }

    /// <summary>"Is the second summit in Singapore?": asks whether something is so; answered with the fact it is about.</summary>
    public bool YesNo { get; init; }

    /// <summary>For "what did X say?": the terms naming X, whose words a quote must be said by.</summary>
    public IReadOnlyList<string> Speaker { get; init; } = [];
}
