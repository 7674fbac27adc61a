namespace SummitBot.Answering.Questions;

/// <summary>
/// One word a passage must have to answer the question: as written, as analyzed (the index's form), its role, how much
/// it tells passages apart (<see cref="Weight"/>, from how rare it is in the sources), and the analyzed forms of
/// words WordNet relates to it, which count as a weaker match.
/// </summary>
internal sealed record QuestionTerm(string Word, string Stem, TermRole Role, double Weight)
{
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>
    /// Of <see cref="Related"/>, the words only more general than the word as a noun ("game" of "basketball"), read for a
    /// yes-or-no question's claim: a sentence with one of them says the kind, not the thing asked, so it matches the word
    /// only when no source has the word itself.
    /// </summary>
    public IReadOnlyList<string> Broader { get; init; } = [];

    /// <summary>Whether a related word that <see cref="Broader"/> holds may stand for the word: only when no source uses the word.</summary>
    public bool Matches(string related) => Unknown || Broader.Count == 0 || !Broader.Contains(related);

    /// <summary>The analyzed irregular forms of the word ("taught" for "teach"): the word itself, as fully a match as its stem.</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>The word is the particle of a verb of two words whose verb frames questions ("get back"): what it asks happened.</summary>
    public bool InVerbPhrase { get; init; }

    /// <summary>
    /// A verb of saying asked as the deed itself, replying ("write back"): matched by its own and related words, not by
    /// any verb of saying as a verb that frames what was said is (see <see cref="SayingBack"/>).
    /// </summary>
    public bool Replying { get; init; }

    /// <summary>The word asks the newest of a series ("most recent", "latest"), told by "the last" (<see cref="LatestAsLast"/>).</summary>
    public bool Newest { get; init; }

    /// <summary>No source uses the word at all.</summary>
    public bool Unknown { get; init; }

    /// <summary>For an ordinal, its value; for a number, its value.</summary>
    public double? Value { get; init; }

    /// <summary>
    /// For a number written right after a name ("the Sam Jong 2", "Apollo 11"), that name word as written: the number is
    /// part of the name, and a passage has it only beside that word, not as any "2" ("2 million barrels").
    /// </summary>
    public string? OfName { get; init; }

    /// <summary>
    /// For a name, whether the question has it as the doer of its verb ("where did North Korea send its skaters?", "was
    /// Japan against it?"): a country that acts says who did the thing, not in which country it was done.
    /// </summary>
    public bool Acts { get; init; }

    public bool IsStrict => Role is TermRole.Name or TermRole.Ordinal or TermRole.Number;

    /// <summary>Whether <paramref name="stems"/> hold the word or a word related to it (a loop: ranking asks this per word of every passage).</summary>
    public bool IsIn(IReadOnlyCollection<string> stems)
    {
        if (Contains(stems, Stem))
        {
            return true;
        }

        foreach (var related in Related)
        {
            if (Contains(stems, related))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyCollection<string> stems, string stem) => stems switch
    {
        string[] array => Array.IndexOf(array, stem) >= 0,
        HashSet<string> set => set.Contains(stem),
        _ => stems.Contains(stem),
    };
}
