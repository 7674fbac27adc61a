using SummitBot.Language.Words;

namespace SummitBot.Answering;

/// <summary>
/// A negation right before a verb, in the verb's own clause ("did not meet", "has never once spoken"): the one test the
/// readers of a denied deed (<see cref="NamedDenial"/>, <see cref="DoerDenial"/>) share, so both read a denial alike.
/// </summary>
internal static class VerbNegation
{
    /// <summary>How many tokens may stand between the negation and the verb ("did not meet", "has never once met").</summary>
    private const int Gap = 3;

    /// <summary>Whether a negation word stands a few tokens before <paramref name="verb"/>, with no punctuation between.</summary>
    public static bool Before(IReadOnlyList<Language.Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - Gap; k--)
        {
            if (!char.IsLetterOrDigit(tokens[k].Text[0]))
            {
                return false;
            }

            if (NegationWords.IsNegator(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One more telling of the deed added to what was told before: a denial wins; a deed done counts only over nothing.</summary>
    public static DeedTelling Add(DeedTelling told, bool negated) =>
        negated ? DeedTelling.Denied : told == DeedTelling.Neither ? DeedTelling.Done : told;
}
