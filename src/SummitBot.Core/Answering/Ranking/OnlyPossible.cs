using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Did North Korea conduct a sixth nuclear test?" and "a date that analysts said could be used for another missile
/// launch or a sixth nuclear test": a sentence that has the asked deed only after "could", "might" or "may" tells that
/// it is possible, not that it happened or will, so it settles neither yes nor no. A question that itself asks what
/// could be ("Could the date be used for a test?") is answered by such a sentence.
/// </summary>
internal static class OnlyPossible
{
    /// <summary>How much of its fit a yes/no answer keeps whose sentence has the asked deed only as a possibility.</summary>
    private const double Possible = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.YesNo || candidate.Passage is not { } passage || AsksPossibility(question.Text))
        {
            return 1.0;
        }

        // The deed: the question's event words ("test"); with none, its content words that may be verbs.
        var deeds = question.Terms.Where(t => t.Role == TermRole.Event).ToList();
        if (deeds.Count == 0)
        {
            deeds = question.Terms.Where(t => t.Role == TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var found = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsWord && deeds.Any(d => d.IsIn(stems[i]))).ToList();
        return found.Count > 0 && found.All(i => AfterModal(tokens, i)) ? Possible : 1.0;
    }

    private static bool AsksPossibility(string question) =>
        question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => IsModal(w.Trim('?', ',', '.')));

    /// <summary>"could be used for another launch or a test": a modal earlier in the same clause (no ".", ";" or ":" between).</summary>
    private static bool AfterModal(List<Language.Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (tokens[k].Text is "." or ";" or ":")
            {
                return false;
            }

            if (IsModal(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"may" in lower case only: "May" is also the month.</summary>
    private static bool IsModal(string word) => word is "could" or "might" or "may" or "Could" or "Might";
}
