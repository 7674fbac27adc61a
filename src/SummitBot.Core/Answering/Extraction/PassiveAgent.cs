using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who released the letter?" and "a letter addressed to 'His Excellency Kim Jong Un' and released by the White House":
/// the doer of a passive verb the question asks about is the one after its "by", not another name of the sentence.
/// </summary>
internal static class PassiveAgent
{
    /// <summary>How much of its fit a person keeps when the sentence names someone else as the doer of the verb asked.</summary>
    public const double OtherDoer = 0.4;

    /// <summary>How sure a doer named only as a capitalized name after "by" is ("by the White House"): as an organisation is.</summary>
    public const double Named = 0.85;

    /// <summary>
    /// Where the doer after the question's verb and "by" begins and ends (character offsets, past "the"), or null when
    /// the sentence has no such passive: "released by the White House", "was signed by Kim".
    /// </summary>
    public static (int Start, int End)? Of(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var verbs = question.Terms.Where(t => t.Role == TermRole.Content && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        for (var i = 0; i + 2 < tokens.Count && verbs.Count > 0; i++)
        {
            if (!tokens[i + 1].Text.Equals("by", StringComparison.Ordinal) || !tokens[i].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !verbs.Any(v => stems[i].Contains(v.Stem)))
            {
                continue;
            }

            var start = tokens[i + 2].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? i + 3 : i + 2;
            var end = start;
            while (end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized)
            {
                end++;
            }

            return end > start ? (tokens[start].Start, tokens[end - 1].End) : null;
        }

        return null;
    }
}
