namespace SummitBot.Answering.Questions;

/// <summary>
/// "On what day did the crew get out of the mine?", "when did the rebels give up?": a verb that only frames questions
/// ("get", "give") is no term, and its particle ("out", "up") is a function word, so the deed asked had no word at all
/// and any sentence with the day and the question's names answered, whatever it told happened. WordNet knows the two
/// words as one verb ("get out": leave, exit): the phrase becomes a term of its own, matched by the words WordNet
/// relates to it, and stands as the deed after the auxiliary (<see cref="DoSupportedVerb"/>).
/// </summary>
internal static class PhrasalDeed
{
    /// <summary>The verb of two words starting at <paramref name="at"/> ("get out"), when WordNet knows it as a verb; else null.</summary>
    public static string? Phrase(List<string> plain, int at)
    {
        if (at + 1 >= plain.Count || !IsParticle(plain[at + 1]))
        {
            return null;
        }

        var phrase = plain[at] + " " + plain[at + 1];
        return Language.Relations.WordRelations.Default.IsVerb(phrase) ? phrase : null;
    }

    /// <summary>
    /// The term for the bare verb after the question's auxiliary and its particle, when neither word is a term of the
    /// question already (a frame verb); null otherwise. Weighed as the commonest related word the sources use, so a
    /// phrase counts no more than the plain verb a sentence tells it by.
    /// </summary>
    public static QuestionTerm? Term(List<string> plain, IReadOnlyList<QuestionTerm> terms, AnsweringModel model)
    {
        var verb = BareVerbAfterAuxiliary(plain, terms);
        if (verb < 0 || Phrase(plain, verb) is not { } phrase
            || terms.Any(t => t.Word.Equals(plain[verb], StringComparison.OrdinalIgnoreCase) || t.Word.Equals(plain[verb + 1], StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // "get out" → leave, and so "left": the irregular forms of the verbs it is related to tell it too.
        var relations = Language.Relations.WordRelations.Default;
        var forms = relations.Related(phrase, Language.Relations.Relation.Synonym).SelectMany(relations.IrregularFormsOf).SelectMany(model.Snapshot.Analyzer.Terms);
        var related = model.RelatedStems(phrase).Concat(forms).Distinct(StringComparer.Ordinal).Where(s => model.Snapshot.DocumentFrequency(s) > 0).ToList();
        return related.Count == 0 ? null : new QuestionTerm(phrase, phrase, TermRole.Content, related.Min(model.Weight)) { Related = related, InVerbPhrase = true };
    }

    /// <summary>The index of the first word after "did" (or "does", "will" ...) and its subject that may be a bare verb; -1 when none.</summary>
    private static int BareVerbAfterAuxiliary(List<string> plain, IReadOnlyList<QuestionTerm> terms)
    {
        // The auxiliary follows the question phrase ("when did", "on what day did"), which may come after an attribution
        // ("according to the police, when did ...").
        var asking = plain.FindIndex(w => w is "when" or "what" or "how" or "which");
        var aux = plain.FindIndex(DoSupportedVerb.Auxiliaries.Contains);
        if (asking < 0 || aux <= asking || aux > asking + 3)
        {
            return -1;
        }

        var names = DoSupportedVerb.NameWords(terms);
        var relations = Language.Relations.WordRelations.Default;
        for (var i = aux + 2; i < plain.Count; i++)
        {
            if (names.Contains(plain[i]) || DoSupportedVerb.BeforeNoun.Contains(plain[i - 1])
                || Language.Words.CommonWords.IsPreposition(plain[i - 1]) || !relations.IsVerb(plain[i]) || PastOnly(plain, i)
                || plain[i].EndsWith('s') || plain[i].EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// A past form that describes the subject ("the boat found at sea"), not the bare verb: "set", "put", "cut" are
    /// their own past, and before a particle WordNet knows with them as one verb ("set off", "put out") they are the
    /// bare verb after "did".
    /// </summary>
    internal static bool PastOnly(List<string> plain, int at) =>
        Language.Relations.WordRelations.Default.IsPastForm(plain[at]) && Phrase(plain, at) is null;

    /// <summary>Particles that make one verb of a frame verb before them ("get out", "give up", "go back").</summary>
    private static bool IsParticle(string word) => word is "out" or "off" or "up" or "down" or "away" or "back" or "in" or "over";
}
