using SummitBot.Language;
using SummitBot.Language.Quantities;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Where was the summit held?": "held" of an event only frames a question of where or when it took place. Asked where,
/// in the passive of a person ("where was the skipper held?"), it means kept in custody: what happened to them, which a
/// passage must tell ("held", "detained") and not only name them and a place. The active ("where has Kim held talks?")
/// is a person hosting an event, and still frames. Asked how long or when, the frame stays: a length of custody is told
/// in many words ("released after 14 weeks in custody"), and the person and the kind asked find it.
/// </summary>
internal static class HeldPerson
{
    /// <summary>The participles that, after a person in a passive question, say they were detained.</summary>
    private static readonly HashSet<string> Held = new(StringComparer.Ordinal) { "held", "kept" };

    /// <summary>Words that may stand between "was" and the person held ("was the young skipper held").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its" };

    /// <summary>Plural pronouns that, like "he" or "she", are people when they are held.</summary>
    private static readonly HashSet<string> PluralPeople = new(StringComparer.Ordinal) { "they", "them" };

    /// <summary>
    /// Whether the word at <paramref name="i"/> is "held" in a passive question with a person right before it ("was
    /// Prescott held", "were the sailors being held"): a name the question names a person by, a personal pronoun, or a
    /// lower-case word for people (a role or kin), with only names, determiners and numbers back to the form of "be".
    /// </summary>
    public static bool Detained(List<Token> tokens, int i, IReadOnlySet<string> personWords, AnswerType asked)
    {
        if (asked != AnswerType.Place || !Held.Contains(tokens[i].Text.ToLowerInvariant()) || i < 2)
        {
            return false;
        }

        var subject = i - 1;
        if (tokens[subject].Text.Equals("being", StringComparison.OrdinalIgnoreCase))
        {
            subject--;
        }

        var word = tokens[subject].Text.ToLowerInvariant();
        if (!(personWords.Contains(word) || Pronouns.IsPersonPronoun(word) || PluralPeople.Contains(word)
            || (!tokens[subject].IsCapitalized && (RoleWords.IsHead(word) || RoleWords.IsKin(word)))))
        {
            return false;
        }

        for (var k = subject - 1; k >= 0; k--)
        {
            var before = tokens[k].Text.ToLowerInvariant();
            if (BeForms.Is(before))
            {
                return true;
            }

            if (!(personWords.Contains(before) || tokens[k].IsCapitalized || Determiners.Contains(before) || tokens[k].Kind == TokenKind.Number || NumberWords.Value(before) is not null))
            {
                return false;
            }
        }

        return false;
    }
}
