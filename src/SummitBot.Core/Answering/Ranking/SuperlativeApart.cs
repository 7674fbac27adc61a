using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Was it the biggest test the North has done?" and "the presenter who has announced the North's biggest moments ...
/// calling the test a success": a yes/no question's superlative claims something of its noun ("biggest test"); a
/// sentence with both words, but the superlative said of another noun, does not show the claim.
/// </summary>
internal static class SuperlativeApart
{
    /// <summary>How much of its fit a yes/no answer keeps whose sentence says the question's superlative of another noun.</summary>
    private const double Apart = 0.5;

    /// <summary>How many words after the superlative its noun may stand ("the largest ever nuclear test").</summary>
    private const int Reach = 3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.YesNo || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        // Which words are superlatives is read once with the question; the terms are this reading's own (a term set
        // aside, as an ordinal is, brings the words around it together).
        var terms = question.Terms;
        for (var i = 0; i + 1 < terms.Count; i++)
        {
            if (question.Superlatives.Contains(terms[i].Word) && terms[i + 1].Role is TermRole.Content or TermRole.Event && !QualifiesIn(passage, terms[i], terms[i + 1]))
            {
                return Apart;
            }
        }

        return 1.0;
    }

    /// <summary>Whether the sentence has the superlative with the noun within a few words after it (or lacks the superlative: other features weigh that).</summary>
    private static bool QualifiesIn(Retrieval.Passage passage, QuestionTerm superlative, QuestionTerm noun)
    {
        var stems = passage.Analysis.TokenStems;
        var found = false;
        for (var i = 0; i < stems.Count; i++)
        {
            if (!superlative.IsIn(stems[i]))
            {
                continue;
            }

            found = true;
            for (var k = i + 1; k < Math.Min(stems.Count, i + 1 + Reach); k++)
            {
                if (noun.IsIn(stems[k]))
                {
                    return true;
                }
            }
        }

        return !found;
    }
}
