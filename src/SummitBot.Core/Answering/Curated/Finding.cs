using SummitBot.Knowledge;
using SummitBot.Search;


namespace SummitBot.Answering.Curated;

/// <summary>
/// What the finder settled on for one question: a fact (or, for open questions, a passage) and the entity it is
/// about, or nothing, with a note on why when the sources plainly lack it ("a third summit").
/// </summary>
internal sealed record Finding(AnswerType Asks, KnowledgeEntity? Focus)
{
    public Fact? Fact { get; init; }

    public PassageHit? Passage { get; init; }

    /// <summary>True when the answer is who said the fact's passage.</summary>
    public bool AnswersSpeaker { get; init; }

    /// <summary>For a decline: what the sources do not mention, when that is clear.</summary>
    public string? Missing { get; init; }

    public bool Found => Fact is not null || Passage is not null;
}
