using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the skipper meet the minister?" and "The skipper sailed home on Friday, but he did not meet the minister":
/// the sentence has the question's deed only negated ("did not meet", "never met", "was not held"). It says the deed
/// did not happen, so the time, place or manner the sentence does give belongs to another of its verbs ("sailed home
/// on Friday"), not to the deed asked: nothing in it answers when, where or how that deed was done.
/// </summary>
internal static class DeedDenied
{
    /// <summary>Words that may stand between the negation and the verb it denies ("not yet met", "never been held", "not formally signed").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "have", "yet", "ever", "even", "once", "actually", "formally", "personally", "officially", "directly",
    };

    /// <summary>How many words may stand between the negation and its verb.</summary>
    private const int Reach = 2;

    public static string? Veto(QuestionReading question, Passage passage)
    {
        if (question.Negated || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place))
        {
            return null;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        foreach (var verb in question.VerbTerms())
        {
            var found = Enumerable.Range(0, tokens.Count).Where(i => stems[i].Contains(verb.Stem)).ToList();
            if (found.Count > 0 && found.All(i => Negated(tokens, i)))
            {
                return $"says '{tokens[found[0]].Text}' did not happen";
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="at"/> follows a negation, with at most a few auxiliaries or adverbs between.</summary>
    private static bool Negated(List<Token> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 1 - Reach; k--)
        {
            if (NegationWords.IsNegator(tokens[k].Text))
            {
                // "no meeting", "without a meeting" deny a noun; "not" and "never" before a verb deny the deed.
                return tokens[k].Text.ToLowerInvariant() is not ("no" or "none" or "nobody" or "without" or "nor" or "neither");
            }

            if (!Between.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }
}
