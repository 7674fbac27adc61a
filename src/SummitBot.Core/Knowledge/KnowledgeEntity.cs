namespace SummitBot.Knowledge;

/// <summary>Something questions are about: a person, an event, an organization, a place, a document or a term.</summary>
/// <remarks>
/// The other names are kept as one <see cref="CompactText"/>: they are read when the index and the answering model
/// are built and for a fact's evidence, not per question, and an archive has millions of them.
/// </remarks>
public sealed class KnowledgeEntity
{
    private const char NameSeparator = '\n';

    private readonly CompactText _otherNames;
    private readonly CompactText _generic;

    public KnowledgeEntity(
        string id,
        string name,
        string type,
        string? entityClass,
        int? ordinal,
        string? tense,
        IReadOnlyList<string> involves,
        IReadOnlyList<string> otherNames,
        IReadOnlyList<string> generic)
    {
        Id = id;
        Name = name;
        Type = type;
        Class = entityClass;
        Ordinal = ordinal;
        Tense = tense;
        Involves = involves.Count == 0 ? [] : involves;
        _otherNames = Pack(otherNames.Where(n => n != name).ToList());
        _generic = Pack(generic);
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>person, event, organization, place, document or term.</summary>
    public string Type { get; }

    /// <summary>For events: what kind ("summit"), so ordinals can be counted within it.</summary>
    public string? Class { get; }

    public int? Ordinal { get; }

    /// <summary>For events: "past" or "future".</summary>
    public string? Tense { get; }

    /// <summary>Ids of the entities (people) an event involves.</summary>
    public IReadOnlyList<string> Involves { get; }

    /// <summary>Every name that means this entity and nothing else, its <see cref="Name"/> first.</summary>
    public IReadOnlyList<string> Aliases => [Name, .. Unpack(_otherNames)];

    /// <summary>Loose names ("the summit") that mean it when nothing more specific is named.</summary>
    public IReadOnlyList<string> Generic => Unpack(_generic);

    public bool IsPerson => Type == "person";

    public bool IsEvent => Type == "event";

    public override string ToString() => $"{Id} ({Type}: {Name})";

    private static CompactText Pack(IReadOnlyList<string> names) =>
        names.Count == 0 ? default : new CompactText(string.Join(NameSeparator, names));

    private static string[] Unpack(CompactText names) =>
        names.IsEmpty ? [] : names.ToString().Split(NameSeparator);
}
