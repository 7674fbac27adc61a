namespace SummitBot.Answering.Ranking;

/// <summary>
/// What a passage offers any answer taken from it: the share of the question's weight it has (and in the sentence
/// itself), the share it lacks, the words it lacks, a veto, and whether it has the question's verb.
/// </summary>
internal sealed record PassageSupport(double Coverage, double InSentence, double MissingShare, IReadOnlyList<string> Missing, string? Veto, bool SaysPredicate)
{
    /// <summary>Every content word of the question it has, it has only by a related word (none as the question says it), one of them a word no source uses.</summary>
    public bool OnlyRelated { get; init; }
}
