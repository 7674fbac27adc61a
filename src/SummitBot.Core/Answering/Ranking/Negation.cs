using SummitBot.Answering.Extraction;

namespace SummitBot.Answering.Ranking;

/// <summary>Whether a sentence says something was not so ("was not enough", "without signing", "never", "didn't", "rather than").</summary>
internal static class Negation
{
    /// <summary>Whether the candidate's sentence has a negation before the candidate's words.</summary>
    public static bool Before(AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage)
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= candidate.Start)
            {
                return false;
            }

            // "met his nephew rather than his brother, because ...": what was not so, and the reason for it.
            if (Language.Words.NegationWords.IsNegator(tokens[i].Text) || Language.Words.InsteadWords.Width(tokens, i) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
