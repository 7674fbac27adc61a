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
        var limit = end + Longest;
        for (var i = end; i < Math.Min(tokens.Count, limit); i++)
        {
            // "Fifty-five boxes believed to ...": the noun counted, not the verb after it.
            if (i == end && Designation(tokens, i) is { } after)
            {
                // "Four C-130 transport planes", "two F-16 jets": a model's designation before the noun is part of
                // what is counted, not the thing counted ("c"); written as one word, as the sentence writes it.
                words.Add(string.Concat(tokens[i..after].Select(t => t.Text)).ToLowerInvariant());
                limit += after - i - 1;
                i = after - 1;
                continue;
            }

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
    /// "C-130", "F-16", "MiG-29", "Il-76": a short capitalized word joined by a hyphen to a number, with no space
    /// between them, names a model; where it ends, or null.
    /// </summary>
    private static int? Designation(List<Token> tokens, int i)
    {
        const int LongestPrefix = 4;
        return i + 2 < tokens.Count && tokens[i].IsCapitalized && tokens[i].Text.Length <= LongestPrefix && tokens[i].Text.All(char.IsLetter)
            && tokens[i + 1].Text == "-" && tokens[i + 1].Start == tokens[i].End
            && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Start == tokens[i + 1].End
                ? i + 3
                : null;
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
