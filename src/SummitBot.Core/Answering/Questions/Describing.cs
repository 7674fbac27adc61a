namespace SummitBot.Answering.Questions;

/// <summary>
/// How the question uses a word beside a noun. "When did the seized ship reach port?": a past participle between an
/// article and its noun ("the seized ship", "a postponed summit") describes what the question is about; it is not the
/// deed whose time, place or length is asked; nor is one after its noun ("on the schooner caught in July"). "Out of
/// sight": a word after an article or "of" is itself a noun.
/// </summary>
internal static class Describing
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "this", "that", "these", "those" };

    /// <summary>The question's words (lower case, in order) that are such participles, as written.</summary>
    public static IReadOnlySet<string> Participles(List<string> plain)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var relations = Language.Relations.WordRelations.Default;
        for (var i = 1; i + 1 < plain.Count; i++)
        {
            var word = plain[i];
            if (Articles.Contains(plain[i - 1]) && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && relations.IsVerb(word)
                && !Language.Words.CommonWords.IsFunctionWord(plain[i + 1]) && relations.IsNounForm(plain[i + 1]))
            {
                found.Add(word);
            }

            if (AfterNounOfPreposition(plain, i))
            {
                found.Add(word);
            }
        }

        return found;
    }

    /// <summary>
    /// "How many crew were on the schooner caught in July?": a past participle right after the noun of a phrase that
    /// opens with a preposition ("on the schooner") and before another ("in", "by", "last"), a clause that tells which
    /// schooner, not the deed asked ("were on"). Not "When was the ship seized in July?": no preposition opens the noun's
    /// phrase, so "seized" is the question's own verb.
    /// </summary>
    private static bool AfterNounOfPreposition(List<string> plain, int i)
    {
        var relations = Language.Relations.WordRelations.Default;
        if (i < 3 || !relations.IsPastForm(plain[i]) || !relations.IsNounForm(plain[i - 1]) || Language.Words.CommonWords.IsFunctionWord(plain[i - 1])
            || !Articles.Contains(plain[i - 2]) || !Language.Words.CommonWords.IsPreposition(plain[i - 3]))
        {
            return false;
        }

        return i + 1 < plain.Count && (Language.Words.CommonWords.IsPreposition(plain[i + 1]) || plain[i + 1] is "last" or "this" or "earlier" or "yesterday");
    }

    /// <summary>Words before a noun that make the word after them one ("of sight", "the flight", "his absence").</summary>
    private static readonly HashSet<string> BeforeNoun = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    };

    /// <summary>
    /// "How long was he out of sight?": a word after an article, a possessive or "of", heading its phrase (no noun after
    /// it), is used as a noun; its verb's senses ("sight" a gun, whose hypernym is "train") are not what is asked.
    /// </summary>
    public static bool UsedAsNoun(List<Language.Token> tokens, int i)
    {
        if (i < 1 || !tokens[i].IsWord)
        {
            return false;
        }

        var before = tokens[i - 1].Text;
        var possessive = before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal);
        var relations = Language.Relations.WordRelations.Default;
        var heads = i + 1 >= tokens.Count || !tokens[i + 1].IsWord || Language.Words.CommonWords.IsFunctionWord(tokens[i + 1].Text)
            || !relations.IsNounForm(tokens[i + 1].Text.ToLowerInvariant());
        return (BeforeNoun.Contains(before.ToLowerInvariant()) || possessive) && heads;
    }
}
