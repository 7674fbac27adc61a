using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where was Putin going after the Vladivostok summit?" and "Putin and Kim held their first summit on Thursday at the
/// campus of the Far Eastern Federal University": a place or date in the clause that tells the event the question's
/// time is told by is that event's own, not the answer about what came after or before it.
/// </summary>
internal static class ReferenceEvent
{
    /// <summary>How much of its fit a place or date keeps in the clause of the event the question counts from.</summary>
    private const double OwnOfEvent = 0.5;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.ReferenceEvents.Count == 0 || candidate.Passage is not { } passage || question.Type is not (AnswerType.Place or AnswerType.Date))
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(passage.Text, candidate.Start);
        var clause = passage.Analysis.StemsBetween(from, Math.Max(from, to));
        foreach (var reference in question.ReferenceEvents)
        {
            if (reference.IsIn(clause))
            {
                return OwnOfEvent;
            }
        }

        return 1.0;
    }
}
