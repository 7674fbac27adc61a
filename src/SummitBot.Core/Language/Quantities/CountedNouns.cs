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
            if (!tokens[i].IsWord || CommonWords.IsFunctionWord(tokens[i].Text) || SpeechVerbs.IsSpeechVerb(tokens[i].Text) || (i > end && (VerbForms.IsVerbHere(tokens[i].Text) || VerbForms.FollowsPlural(tokens[i - 1].Text, tokens[i].Text))))
            {
                break;
            }

            words.Add(tokens[i].Text.ToLowerInvariant());
        }

        return string.Join(' ', words);
    }
}
