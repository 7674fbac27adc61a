namespace SummitBot.Knowledge;

/// <summary>Something questions are about: a person, an event, an organization, a place, a document or a term.</summary>
public sealed record KnowledgeEntity(
    string Id,
    string Name,
    string Type,
    string? Class,
    int? Ordinal,
    string? Tense,
    IReadOnlyList<string> Involves,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Generic)
{
    public bool IsPerson => Type == "person";

    public bool IsEvent => Type == "event";
}
