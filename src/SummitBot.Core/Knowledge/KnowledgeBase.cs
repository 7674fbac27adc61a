namespace SummitBot.Knowledge;

/// <summary>
/// Everything loaded from the knowledge folder: sources, entities, facts and synonyms, plus the problems found in
/// files that could not be read whole. Immutable once loaded, except that the sources' body text can be released
/// once the index (which stores every sentence) has been built from it.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Fact[]> _factsByEntity;
    private readonly Dictionary<string, SourceDocument> _sources;

    public KnowledgeBase(
        IReadOnlyDictionary<string, SourceDocument> sources,
        IReadOnlyDictionary<string, KnowledgeEntity> entities,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<IReadOnlyList<string>> synonyms,
        IReadOnlyList<KnowledgeProblem> problems,
        string fingerprint)
    {
        _sources = new Dictionary<string, SourceDocument>(sources, StringComparer.Ordinal);
        Entities = entities;
        Facts = facts;
        Synonyms = synonyms;
        Problems = problems;
        Fingerprint = fingerprint;
        FactsById = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _factsByEntity = facts.GroupBy(f => f.About, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, SourceDocument> Sources => _sources;

    public IReadOnlyDictionary<string, KnowledgeEntity> Entities { get; }

    public IReadOnlyList<Fact> Facts { get; }

    public IReadOnlyDictionary<string, Fact> FactsById { get; }

    /// <summary>Synonym groups; the first entry of each is its canonical form.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    public IReadOnlyList<KnowledgeProblem> Problems { get; }

    /// <summary>The story the knowledge follows (<c>story.txt</c>).</summary>
    public Story Story { get; init; } = Story.Unnamed;

    /// <summary>A hash of every knowledge file's name and content: equal fingerprints, equal knowledge.</summary>
    public string Fingerprint { get; }

    /// <summary>The knowledge folder the files were read from (full path), or null for knowledge made in memory.</summary>
    public string? Folder { get; init; }

    /// <summary>
    /// A hash of the facts files and of which facts were kept: equal, and the facts (and what the index holds of them)
    /// are the same, whatever else changed.
    /// </summary>
    public string FactsFingerprint { get; init; } = string.Empty;

    public IReadOnlyList<Fact> FactsAbout(string entityId) =>
        _factsByEntity.TryGetValue(entityId, out var facts) ? facts : [];

    /// <summary>
    /// Drops the sources' paragraphs, keeping their metadata. Called once the index is built and opened: it stores
    /// every sentence, and at archive scale the bodies are a third of the memory knowledge takes
    /// (<see cref="KnowledgeLoader.ReadText"/> reads a body again if a new index needs it). Not thread-safe: call it
    /// before the knowledge is served.
    /// </summary>
    public void ReleaseSourceText()
    {
        foreach (var (id, source) in _sources.Where(s => s.Value.Paragraphs.Count > 0).ToList())
        {
            _sources[id] = source with { Paragraphs = [] };
        }
    }
}
