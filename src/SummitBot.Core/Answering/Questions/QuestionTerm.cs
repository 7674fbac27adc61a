namespace SummitBot.Answering.Questions;

/// <summary>
/// One word a passage must have to answer the question: as written, as analyzed (the index's form), its role, how much
/// it tells passages apart (<see cref="Weight"/>, from how rare it is in the sources), and the analyzed forms of
/// words WordNet relates to it, which count as a weaker match.
/// </summary>
internal sealed record QuestionTerm(string Word, string Stem, TermRole Role, double Weight)
{
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>No source uses the word at all.</summary>
    public bool Unknown { get; init; }

    /// <summary>For an ordinal, its value; for a number, its value.</summary>
    public double? Value { get; init; }

    public bool IsStrict => Role is TermRole.Name or TermRole.Ordinal or TermRole.Number;
}
