using SummitBot.Answering.Extraction;

namespace SummitBot.Answering.Ranking;

/// <summary>Whether a sentence says something was not so ("was not enough", "without signing", "never", "didn't").</summary>
internal static class Negation
{
    /// <summary>Whether the candidate's sentence has a negation before the candidate's words.</summary>
    public static bool Before(AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage)
        {
            return false;
        }

        foreach (var token in passage.Analysis.Tokens)
        {
            if (token.Start >= candidate.Start)
            {
                return false;
            }

            if (Language.Words.NegationWords.IsNegator(token.Text))
            {
                return true;
            }
        }

        return false;
    }
}
