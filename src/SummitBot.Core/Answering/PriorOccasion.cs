using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Ranking;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering;

/// <summary>
/// "Has the ferry been laid up before?": a yes/no question that ends on "before" (or "previously") asks about an earlier
/// time than the one the story tells. When the plain reading is left unsettled (the sentence telling this time scores as
/// well as another), only a sentence that itself says an earlier time ("had been laid up once before, in 2009") answers:
/// the best one at the threshold that lacks nothing of the question. A sentence of this time says nothing of before.
/// </summary>
internal static partial class PriorOccasion
{
    [GeneratedRegex(@"\b(before|previously)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedBefore();

    /// <summary>The plain reading answered by the best sentence that tells an earlier time, or null.</summary>
    public static Decision? Told(QuestionReading question, Decision plain)
    {
        if (plain.Answered || plain.Decline is not DeclineReason.LowConfidence || !AskedBefore().IsMatch(question.Text))
        {
            return null;
        }

        foreach (var (candidate, evidence) in plain.Weighed)
        {
            if (evidence is { Veto: null, Missing.Count: 0 } && evidence.Confidence >= RankingWeights.Threshold
                && candidate.Passage is { } passage && TellsEarlierTime(passage))
            {
                return plain with { Best = candidate, Evidence = evidence, Decline = null };
            }
        }

        return null;
    }

    /// <summary>"before" standing alone as an adverb ("closed once before,", "had met before.") or "previously".</summary>
    private static bool TellsEarlierTime(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (word.Equals("previously", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("before", StringComparison.OrdinalIgnoreCase) && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord)))
            {
                return true;
            }
        }

        return false;
    }
}
