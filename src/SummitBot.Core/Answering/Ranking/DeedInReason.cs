using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Why did North Korea say it fired the missiles?" and "Abe stressed that short-range missiles threaten Japan,
/// because U.S. bases lie within reach of weapons fired from the peninsula": a reason clause explains the clause it
/// hangs on. When the asked deed stands only inside the reason clause, the clause is the deed's circumstance, not
/// its reason: the reason given is for something else the sentence tells.
/// </summary>
internal static class DeedInReason
{
    /// <summary>How much of its fit a reason keeps whose clause alone has the asked deed.</summary>
    private const double OnlyInTheReason = 0.3;

    /// <summary>How many words must stand before a reason for it to hang on a clause before it.</summary>
    private const int MainClauseWords = 3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Reason || candidate.Passage is not { } passage || candidate.IsCurated || candidate.End <= candidate.Start)
        {
            return 1.0;
        }

        var verbs = AskedDeeds.Of(question);
        if (verbs.Count == 0)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        if (tokens.Count(t => t.IsWord && t.End <= candidate.Start) < MainClauseWords)
        {
            // "Because the United States has no relations with the North, the Swedish embassy handles ...": a reason that
            // opens its sentence hangs on the clause after it, which the candidate's span may run into.
            return 1.0;
        }

        bool inside = false, outside = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // The asked verb itself, not a word only related to it ("fly" and "air corridor").
            if (!tokens[i].IsWord || !verbs.Any(v => stems[i].Contains(v.Stem)))
            {
                continue;
            }

            if (tokens[i].Start >= candidate.Start && tokens[i].End <= candidate.End)
            {
                inside = true;
            }
            else
            {
                outside = true;
            }
        }

        return inside && !outside ? OnlyInTheReason : 1.0;
    }
}
