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
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        var word = term.Word.ToLowerInvariant();
        if (term.Role != TermRole.Content || !question.MayBeVerbs.Contains(word) || !question.TimeClauses.TryGetValue(word, out var opener))
        {
            return false;
        }

        return passage.Analysis.Tokens.Any(t => t.Text.Equals(opener, StringComparison.OrdinalIgnoreCase));
    }
}
