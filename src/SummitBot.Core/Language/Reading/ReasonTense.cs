namespace SummitBot.Language.Reading;

/// <summary>
/// ", since the shops shut on Sunday", ", since the river had flooded the road": a clause of time after "since"
/// counts from a moment in the past ("since the war ended"). A subject with "the" followed by a tense such a clause
/// does not take, a plain present ("shut") or the past perfect ("had flooded"), tells a reason instead; so does a
/// present or future helping verb after a longer subject (", since the fee for each visitor does not cover ...").
/// </summary>
internal static class ReasonTense
{
    /// <summary>How many tokens the subject may take before its verb ("the bank 's offices").</summary>
    private const int SubjectReach = 4;

    /// <summary>Whether, from <paramref name="from"/> (the word after "the"), a subject is followed by a verb in a tense of reason.</summary>
    public static bool After(List<Token> tokens, int from)
    {
        if (PresentHelperAfter(tokens, from))
        {
            return true;
        }

        var relations = Relations.WordRelations.Default;
        for (var k = from + 1; k < Math.Min(tokens.Count - 1, from + SubjectReach); k++)
        {
            var before = tokens[k - 1];
            if (before.Kind is TokenKind.Symbol or TokenKind.Quote || !(before.IsWord || before.Kind == TokenKind.Possessive) || Words.CommonWords.IsPreposition(before.Text.ToLowerInvariant()))
            {
                return false;
            }

            var word = tokens[k].Text.ToLowerInvariant();
            if (word == "had")
            {
                return relations.IsPastForm(tokens[k + 1].Text.ToLowerInvariant());
            }

            if (PlainPresent(before, word, relations) && !tokens[k].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens a subject with its "of" phrase may take before a helping verb ("the cost of 40 tickets a day").</summary>
    private const int PhraseReach = 9;

    /// <summary>Helping verbs of the present or the future: a clause of time after "since" counts from a past moment and takes none.</summary>
    private static readonly HashSet<string> PresentHelpers = new(StringComparer.Ordinal)
    {
        "is", "are", "does", "do", "isn't", "aren't", "doesn't", "don't", "can", "cannot", "can't", "will", "won't", "must",
    };

    /// <summary>
    /// "the fee for each visitor does not cover the guides": a subject of nouns, numbers and small words (its "of" or
    /// "for" phrase among them) runs to a helping verb of the present (<see cref="PresentHelpers"/>). A verb in the past,
    /// a relative word or a break in the clause first ends the search.
    /// </summary>
    private static bool PresentHelperAfter(List<Token> tokens, int from)
    {
        var relations = Relations.WordRelations.Default;
        for (var k = from; k < Math.Min(tokens.Count, from + PhraseReach); k++)
        {
            var token = tokens[k];
            if (!(token.IsWord || token.Kind is TokenKind.Number or TokenKind.Possessive))
            {
                return false;
            }

            var word = token.Text.ToLowerInvariant();
            if (k > from && PresentHelpers.Contains(word))
            {
                return true;
            }

            if (word is "that" or "which" or "who" or "when" or "and" or "or" or "had" or "has" or "have" or "was" or "were" || relations.IsPastForm(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"offices close": a plural noun, then a verb in its plain form (no "-s", "-ed" or "-ing"), agreeing with it.</summary>
    private static bool PlainPresent(Token subject, string word, Relations.WordRelations relations)
    {
        var noun = subject.Text.ToLowerInvariant();
        return noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && relations.IsNounForm(noun)
            && relations.IsVerb(word) && !word.EndsWith('s') && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !Words.CommonWords.IsFunctionWord(word);
    }
}
