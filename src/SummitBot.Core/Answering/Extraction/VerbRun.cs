namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The band played, danced and threw roses into the crowd": a verb followed by a comma and another verb is the first
/// of a run of things done, said without an object of its own; what follows it is the other verbs' doings, not what
/// the first verb did (asked "what did the band play?", "danced and threw roses" is no answer).
/// </summary>
internal static class VerbRun
{
    /// <summary>Whether the word at <paramref name="at"/> is a verb that a comma and another verb follow.</summary>
    public static bool Opens(List<Language.Token> tokens, int at) =>
        at + 2 < tokens.Count && tokens[at + 1].Text == "," && IsDoing(tokens[at]) && IsDoing(tokens[at + 2]);

    /// <summary>
    /// A word read as a verb ("sang", "clapped"): a verb's past form, or a verb WordNet does not know as a noun;
    /// "talks, visits" could be things named in a list, so present forms that are also nouns do not count.
    /// </summary>
    private static bool IsDoing(Language.Token word)
    {
        if (!word.IsWord || word.IsCapitalized)
        {
            return false;
        }

        var lower = word.Text.ToLowerInvariant();
        var relations = Language.Relations.WordRelations.Default;
        return relations.IsPastForm(lower) || (relations.IsVerb(lower) && !relations.IsNounForm(lower));
    }
}
