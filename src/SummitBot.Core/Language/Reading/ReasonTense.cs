namespace SummitBot.Language.Reading;

/// <summary>
/// ", since the shops shut on Sunday", ", since the river had flooded the road": a clause of time after "since"
/// counts from a moment in the past ("since the war ended"). A subject with "the" followed by a tense such a clause
/// does not take, a plain present ("shut") or the past perfect ("had flooded"), tells a reason instead.
/// </summary>
internal static class ReasonTense
{
    /// <summary>How many tokens the subject may take before its verb ("the bank 's offices").</summary>
    private const int SubjectReach = 4;

    /// <summary>Whether, from <paramref name="from"/> (the word after "the"), a subject is followed by a verb in a tense of reason.</summary>
    public static bool After(List<Token> tokens, int from)
    {
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

    /// <summary>"offices close": a plural noun, then a verb in its plain form (no "-s", "-ed" or "-ing"), agreeing with it.</summary>
    private static bool PlainPresent(Token subject, string word, Relations.WordRelations relations)
    {
        var noun = subject.Text.ToLowerInvariant();
        return noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && relations.IsNounForm(noun)
            && relations.IsVerb(word) && !word.EndsWith('s') && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !Words.CommonWords.IsFunctionWord(word);
    }
}
