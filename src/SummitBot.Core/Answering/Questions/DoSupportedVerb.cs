namespace SummitBot.Answering.Questions;

/// <summary>
/// "When did the shop on the corner open?", "when did the ferry leave port?": after "did" (or "does", "will" ...) the
/// first bare verb past the subject is the deed asked, even where WordNet knows the word as a noun too ("open",
/// "leave", "end"). Only the first: "how long did it take her to run it?" has its deed in "take", a frame word, and
/// "run" only in its complement. The subject's own words are skipped: a word after an article or a possessive is a
/// noun (so is one after a preposition), a form in "-ed" or an irregular past ("the boat found at sea") describes it, and a form in "-s" or "-ing"
/// cannot follow "did".
/// </summary>
internal static class DoSupportedVerb
{
    /// <summary>The auxiliaries a deed follows ("did", "will" ...); <see cref="PhrasalDeed"/> reads the same ones.</summary>
    internal static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "did", "do", "does", "will", "would", "can", "could", "should" };

    /// <summary>Words after which a word is a noun: an article, a possessive, "of".</summary>
    internal static readonly HashSet<string> BeforeNoun = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    };

    /// <summary>The question's bare verb after its auxiliary (lower case), when it is one of its content terms; else null.</summary>
    public static string? Of(List<string> plain, IReadOnlyList<QuestionTerm> terms)
    {
        // The auxiliary opens the question or follows its question phrase ("when did", "on what day did", "how long did").
        var aux = plain.FindIndex(w => Auxiliaries.Contains(w));
        if (aux < 1 || aux > 4)
        {
            return null;
        }

        var relations = Language.Relations.WordRelations.Default;
        var content = terms.Where(t => t.Role is TermRole.Content or TermRole.Event).Select(t => t.Word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var names = NameWords(terms);
        var inPhrase = false;
        for (var i = aux + 2; i < plain.Count; i++)
        {
            var word = plain[i];
            if (names.Contains(word))
            {
                inPhrase = false;
                continue;
            }

            var opensPhrase = BeforeNoun.Contains(plain[i - 1]) || Language.Words.CommonWords.IsPreposition(plain[i - 1]);

            // "the seized ship", "the north korean mission": a word after a describing word of the subject's phrase is
            // still of that phrase (its noun), a verb as well or not; "the shop open" ends the phrase at its noun.
            var continuesPhrase = inPhrase && Describes(relations, plain[i - 1]);
            inPhrase = opensPhrase || continuesPhrase;
            if (inPhrase || !relations.IsVerb(word) || PhrasalDeed.PastOnly(plain, i)
                || word.EndsWith('s') || word.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }

            // The first bare verb is the deed, though a frame verb ("how long did it take her to run ...") is no word to
            // look for: the verbs after it are of its complement, not the deed asked.
            // "When did Kim call for calm?": a deed of saying is told by any verb of saying ("told a meeting ..."), not its own.
            // "When did the crew get out of the mine?": a frame verb with its particle is one verb ("get out", to leave),
            // read as its own term (PhrasalDeed): the phrase is the deed.
            var phrase = PhrasalDeed.Phrase(plain, i);
            return phrase is not null && content.Contains(phrase) ? phrase
                : content.Contains(word) && !IsSaying(word) && !SupportsActNoun(relations, plain, i) ? word : null;
        }

        return null;
    }

    /// <summary>The lower-case words of the question's names: a word of a name ("did Polar Lift leave") is the subject's, though WordNet knows it as a verb.</summary>
    internal static HashSet<string> NameWords(IReadOnlyList<QuestionTerm> terms) =>
        terms.Where(t => t.Role is TermRole.Name).SelectMany(t => t.Word.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word that describes the noun after it: a past participle ("seized") or an adjective that is no verb ("korean", "new").</summary>
    private static bool Describes(Language.Relations.WordRelations relations, string word) =>
        relations.IsPastForm(word) || (relations.IsAdjective(word) && !relations.IsVerb(word));

    /// <summary>
    /// "When did the mayor host the banquet?", "when did the club put out its statement?": a verb whose object is a
    /// noun naming a deed of its own (derived from a verb, "statement" of state, "dinner" of dine, or a verb itself,
    /// "report") only brings that deed about. The noun is what a sentence tells ("welcomed guests at a banquet", "a statement
    /// released by the club"), in any verb; the support verb is no word it must repeat.
    /// </summary>
    private static bool SupportsActNoun(Language.Relations.WordRelations relations, List<string> plain, int verb)
    {
        for (var i = verb + 1; i < plain.Count && i <= verb + 3; i++)
        {
            var word = plain[i];
            if (BeforeNoun.Contains(word) || Particles.Contains(word))
            {
                continue;
            }

            return relations.IsNoun(word)
                && (relations.IsVerb(word) || relations.Related(word, Language.Relations.Relation.Derivation).Any(relations.IsVerb));
        }

        return false;
    }

    /// <summary>The particles of phrasal verbs that stand between a verb and its object ("put out", "set up", "call off").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "out", "up", "off", "on", "down", "forward" };

    private static bool IsSaying(string word) =>
        Language.Words.SpeechVerbs.All.Contains(word) || Language.Words.SpeechVerbs.All.Contains(word + "s") || Language.Words.SpeechVerbs.IsAttribution(word);
}
