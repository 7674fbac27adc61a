using SummitBot.Language.Words;

namespace SummitBot.Language.Quantities;

/// <summary>
/// What a count counts: the noun phrase after the number ("21 ballistic missile tests", "the 11th launch"), up to a
/// function word, punctuation, or a word that is a verb there ("The two leaders met", "12 officials arrived", "the
/// 11th launch came"; see <see cref="VerbForms"/>): the counted things, not what they did.
/// </summary>
internal static class CountedNouns
{
    private const int Longest = 4;

    public static string After(List<Token> tokens, int end)
    {
        var words = new List<string>();
        for (var i = end; i < Math.Min(tokens.Count, end + Longest); i++)
        {
            // "Fifty-five boxes believed to ...": the noun counted, not the verb after it.
            if (i == end && DescribesNext(tokens, i))
            {
                // "at least 35 reported attacks": a participle of saying before a plural noun describes it.
                words.Add(tokens[i].Text.ToLowerInvariant());
                continue;
            }

            if (!tokens[i].IsWord || CommonWords.IsFunctionWord(tokens[i].Text) || SpeechVerbs.IsSpeechVerb(tokens[i].Text) || (i > end && (VerbForms.IsVerbHere(tokens[i].Text) || VerbForms.FollowsPlural(tokens[i - 1].Text, tokens[i].Text))))
            {
                break;
            }

            words.Add(tokens[i].Text.ToLowerInvariant());
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// "35 reported attacks", "12 confirmed cases": a verb of saying in "-ed" right after the number, followed by a plural
    /// noun, is said of the noun ("35 reported seeing it" has no noun after it).
    /// </summary>
    private static bool DescribesNext(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (i + 1 >= tokens.Count || !word.EndsWith("ed", StringComparison.Ordinal) || !SpeechVerbs.IsSpeechVerb(word))
        {
            return false;
        }

        var next = tokens[i + 1].Text;
        return tokens[i + 1].IsWord && next.Length > 3 && char.IsLower(next[0]) && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal)
            && !CommonWords.IsFunctionWord(next) && Relations.WordRelations.Default.IsNoun(next[..^1]);
    }
}
