using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How long did the auditor meet the harbour master?" and "The auditor saw the harbour master twice during the four
/// days": a length after "during the", "over the" or "throughout the" is the stretch the deeds fell within, not how long
/// any of them lasted. It still answers a question about what it is the length of ("during the four days of the fair",
/// asked how long the fair ran): a word of the question right after it.
/// </summary>
internal static class PeriodWithin
{
    /// <summary>How much of its fit a length keeps that is the stretch a deed fell within.</summary>
    private const double Stretch = 0.3;

    /// <summary>Words that may stand between "the" and the length ("during the past three days").</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase) { "past", "last", "next", "first", "following", "previous", "coming", "whole", "entire" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Duration || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        var i = at - 1;
        while (i > 0 && Qualifiers.Contains(tokens[i].Text))
        {
            i--;
        }

        if (at < 2 || i < 1 || tokens[i].Text.ToLowerInvariant() is not ("the" or "those" or "these") || tokens[i - 1].Text.ToLowerInvariant() is not ("during" or "over" or "throughout"))
        {
            return 1.0;
        }

        return OfWhatIsAsked(question, passage, candidate.End) ? 1.0 : Stretch;
    }

    /// <summary>
    /// "the four days of the fair", "the two-hour hearing": a word of the question in the "of" phrase right after the
    /// length, or in the noun it describes.
    /// </summary>
    private static bool OfWhatIsAsked(QuestionReading question, Retrieval.Passage passage, int end)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= end);
        if (next < 0)
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        for (var k = tokens[next].Is("of") ? next + 1 : next; k < tokens.Count && k <= next + 4 && tokens[k].IsWord; k++)
        {
            if (question.Terms.Any(t => t.IsIn(stems[k])))
            {
                return true;
            }
        }

        return false;
    }
}
