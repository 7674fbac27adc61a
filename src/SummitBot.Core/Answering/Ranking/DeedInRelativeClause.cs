using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When was Halvorsen convicted?" and "Halvorsen, who was convicted of negligence, was ordered by a court on March 3
/// to pay damages": the deed asked stands only in a relative clause said of its noun in passing, and the date is the
/// main verb's, outside it. The sentence does not say when the clause's deed was done.
/// </summary>
internal static class DeedInRelativeClause
{
    /// <summary>How much of its fit a date keeps whose sentence has the asked deed only in a relative clause it stands outside.</summary>
    private const double OutsideTheClause = 0.4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
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
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        var inClause = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !verbs.Any(v => v.IsIn(stems[i])))
            {
                continue;
            }

            if (DateInRelativeClause.ClauseAround(tokens, i) is not var (from, to) || (at >= from && at < RelativeAside.PastAppositions(tokens, to)))
            {
                // The deed told in the main clause, or the date inside the clause with it (read on past a noun's
                // apposition: "who met in the inn, the Old Anchor, on Friday").
                return 1.0;
            }

            inClause = true;
        }

        return inClause ? OutsideTheClause : 1.0;
    }
}
