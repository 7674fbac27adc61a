namespace SummitBot.Knowledge;

/// <summary>
/// One structured fact: what it answers (<see cref="Asks"/>) about which entity, the answer sentence, and the exact
/// passage of a source that supports it.
/// </summary>
public sealed class Fact(
    string id,
    string about,
    FactKind asks,
    string answer,
    CompactText says,
    string sourceId,
    CompactText passage,
    string? saidBy,
    string? because,
    string? cue,
    string? example,
    string file,
    int line)
{
    public string Id { get; } = id;

    /// <summary>The id of the entity the fact is about.</summary>
    public string About { get; } = about;

    /// <summary>The kind of answer it gives (its <c>asks:</c> line): place, date, person, title, number, reason, quote or topic.</summary>
    public FactKind Asks { get; } = asks;

    /// <summary>The answer itself ("Hanoi, Vietnam").</summary>
    public string Answer { get; } = answer;

    /// <summary>The sentence that answers, as the bot says it.</summary>
    public string Says => says.ToString();

    public string SourceId { get; } = sourceId;

    /// <summary>The source's words that support the fact, exactly as the source writes them.</summary>
    public string Passage => passage.ToString();

    public string? SaidBy { get; } = saidBy;

    /// <summary>The id of the fact that gives this one's reason.</summary>
    public string? Because { get; } = because;

    public string? Cue { get; } = cue;

    public string? Example { get; } = example;

    public string File { get; } = file;

    public int Line { get; } = line;

    public override string ToString() => $"{Id} ({Asks.Token()} of {About})";
}
