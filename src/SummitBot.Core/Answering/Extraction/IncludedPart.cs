using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "set aside about 3.2 billion won for the trip, including the cost of flying the delegation on two air force jets":
/// a sum for a whole that only includes the thing asked ("how much did the jets cost?") is not that thing's price.
/// </summary>
internal static class IncludedPart
{
    /// <summary>How much of its fit a sum keeps when what the question asks of is only a part it includes.</summary>
    public const double Weight = 0.3;

    /// <summary>
    /// Whether an "including ..." after the amount holds the question's content words and the sentence before it holds
    /// none of them (the words of paying, "cost", "spend", aside: they frame any sum). Words themselves, not their
    /// relatives: "government" is a relative of "force", but names no air force.
    /// </summary>
    public static bool AsksOnlyThePart(QuestionReading question, Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var including = tokens.FindIndex(t => t.Start >= quantity.End && t.Text.Equals("including", StringComparison.OrdinalIgnoreCase));
        if (including < 0)
        {
            return false;
        }

        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && !Language.Words.MeasureNouns.IsPaying(t.Word.ToLowerInvariant())).ToList();
        var stems = passage.Analysis.TokenStems;
        bool AnyIn(int from, int to) => Enumerable.Range(from, to - from).Any(k => asked.Any(t => stems[k].Contains(t.Stem)));
        return asked.Count > 0 && !AnyIn(0, including) && AnyIn(including + 1, tokens.Count);
    }
}
