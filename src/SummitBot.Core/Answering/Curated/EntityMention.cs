namespace SummitBot.Answering.Curated;

/// <summary>
/// An entity named in a question: which entities the words may mean, where they stand, whether they were generic,
/// and their terms (less question words), which a fact must hold unless it is about the entity or involves it.
/// </summary>
internal sealed record EntityMention(IReadOnlyList<string> EntityIds, int Start, int End, bool Generic)
{
    public IReadOnlyList<string> Terms { get; init; } = [];
}
