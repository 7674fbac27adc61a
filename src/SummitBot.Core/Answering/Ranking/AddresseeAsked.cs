using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did Moon tell Trump about Kim?" asks words told to Trump: a quote whose sentence names Trump only inside the
/// words said ("Only President Trump can solve this problem," Moon was quoted as saying) was not told to him as far as
/// the sentence says, while "He told Trump that Kim had shown ..." was. The first keeps part of its fit, so the
/// second wins where both are found; alone, it may still answer.
/// </summary>
internal static class AddresseeAsked
{
    /// <summary>What a quote keeps of its fit when the one told is named only inside the words said.</summary>
    private const double OnlyInWordsSaid = 0.5;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Addressee is not { } told || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var inside = false;
        foreach (var token in passage.Analysis.Tokens)
        {
            if (token.IsWord && token.Text.Equals(told, StringComparison.OrdinalIgnoreCase))
            {
                if (token.Start < candidate.Start || token.End > candidate.End)
                {
                    return 1.0;
                }

                inside = true;
            }
        }

        return inside ? OnlyInWordsSaid : 1.0;
    }
}
