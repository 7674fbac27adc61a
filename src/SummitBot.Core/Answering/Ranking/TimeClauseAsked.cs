using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Did the mayor cut the ribbon before she left?" and "Before flying home, the mayor cut the ribbon": the verb of the
/// question's clause of time ("before she left", "after the vote ended") only says when the deed asked was done; a
/// sentence with a clause opening on the same word tells that time in its own words, so the verb is not lacking.
/// </summary>
internal static class TimeClauseAsked
{
    /// <summary>Words that open a clause of time, whose order a sentence must keep ("after" is not "before").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "before", "after", "until" };

    /// <summary>How many words after its opener the clause's verb may stand ("before the two aides came").</summary>
    private const int Reach = 4;

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        var word = term.Word.ToLowerInvariant();
        if (term.Role != TermRole.Content || !question.MayBeVerbs.Contains(word))
        {
            return false;
        }

        var words = question.Text.ToLowerInvariant().Split([' ', ',', '?', '.', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(words, word);
        for (var k = at - 1; k >= 0 && k >= at - Reach; k--)
        {
            if (Openers.Contains(words[k]))
            {
                var opener = words[k];
                return passage.Analysis.Tokens.Any(t => t.Text.Equals(opener, StringComparison.OrdinalIgnoreCase));
            }
        }

        return false;
    }
}
