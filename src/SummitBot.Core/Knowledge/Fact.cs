namespace SummitBot.Knowledge;

/// <summary>
/// One structured fact: what it answers (<see cref="Asks"/>) about which entity, the answer sentence, and the exact
/// passage of a source that supports it.
/// </summary>
public sealed record Fact(
    string Id,
    string About,
    string Asks,
    string Answer,
    string Says,
    string SourceId,
    string Passage,
    string? SaidBy,
    string? Because,
    string? Cue,
    string? Example,
    string File,
    int Line);
