namespace SummitBot.Knowledge;

/// <summary>
/// Everything loaded from the knowledge folder: sources, entities, facts and synonyms, plus the problems found in
/// files that could not be read whole. Immutable once loaded.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, List<Fact>> _factsByEntity;

    public KnowledgeBase(
        IReadOnlyDictionary<string, SourceDocument> sources,
        IReadOnlyDictionary<string, KnowledgeEntity> entities,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<IReadOnlyList<string>> synonyms,
        IReadOnlyList<KnowledgeProblem> problems,
        string fingerprint)
    {
        Sources = sources;
        Entities = entities;
        Facts = facts;
        Synonyms = synonyms;
        Problems = problems;
        Fingerprint = fingerprint;
        FactsById = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _factsByEntity = facts.GroupBy(f => f.About, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, SourceDocument> Sources { get; }

    public IReadOnlyDictionary<string, KnowledgeEntity> Entities { get; }

    public IReadOnlyList<Fact> Facts { get; }

    public IReadOnlyDictionary<string, Fact> FactsById { get; }

    /// <summary>Synonym groups; the first entry of each is its canonical form.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    public IReadOnlyList<KnowledgeProblem> Problems { get; }

    /// <summary>A hash of every knowledge file's name and content: equal fingerprints, equal knowledge.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<Fact> FactsAbout(string entityId) =>
        _factsByEntity.TryGetValue(entityId, out var facts) ? facts : [];
}
