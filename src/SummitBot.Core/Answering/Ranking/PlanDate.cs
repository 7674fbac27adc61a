using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When will the ceremony be held?" and "the two sides pledged in September to hold a ceremony before the end of the
/// year": a date between a verb of plans and its infinitive ("pledged in September to hold", "agreed on Monday to
/// meet") is when the plan was made, not when the planned deed is to be done. It answers a question about the plan
/// ("when did they pledge ...?"), not one about the deed.
/// </summary>
internal static class PlanDate
{
    /// <summary>How much of its fit a date keeps that is when a plan was made, asked of the planned deed.</summary>
    private const double OfThePlan = 0.3;

    /// <summary>Words between a verb of plans and its date ("pledged in September", "agreed on Monday", "promised last week").</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "at", "during", "early", "late" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var start = tokens.FindIndex(t => t.Start >= candidate.Start);
        var end = tokens.FindIndex(t => t.Start >= candidate.End);
        if (start < 1 || end < 0 || !ClauseTense.IsInfinitive(tokens, end) || PlanVerbBefore(tokens, start) is not { } verb)
        {
            return 1.0;
        }

        // "When did they pledge to hold it?": the plan is what is asked, and its date is the answer.
        var stems = passage.Analysis.TokenStems[verb];
        return question.Terms.Any(t => t.IsIn(stems)) ? 1.0 : OfThePlan;
    }

    /// <summary>The token of a verb of plans right before the date at <paramref name="start"/>, or one linking word before it; null if none.</summary>
    private static int? PlanVerbBefore(List<Token> tokens, int start)
    {
        var at = start - 1;
        if (at > 0 && Linking.Contains(tokens[at].Text))
        {
            at--;
        }

        return PlannedInfinitive.IsPlanVerb(tokens[at].Text) ? at : null;
    }
}
