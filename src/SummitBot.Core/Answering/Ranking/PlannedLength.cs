using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How long had the organisers planned for the hearing?" and "the hearing ran for three hours, far past the hour the
/// organisers had planned": a sentence may give both the length a thing took and the length it was meant to take. A
/// question that names the plan asks the second: the length a verb of plans follows in its own clause ("the hour the
/// organisers had planned", "an hour as planned"); another length in the sentence is what the thing really took.
/// </summary>
internal static class PlannedLength
{
    /// <summary>How much of its fit a length keeps that is not the one planned, when the plan is asked.</summary>
    private const double NotThePlan = 0.3;

    /// <summary>How many words from the length a verb of plans may stand ("the 50 minutes the board had planned", "scheduled to last an hour").</summary>
    private const int Reach = 5;

    /// <summary>
    /// Verbs of setting a length beforehand. Not all the plan words ("will", "would", "due"): "how long will the talks
    /// last?" asks the length to come, not a plan set against another length.
    /// </summary>
    private static readonly HashSet<string> Intended = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "planned", "scheduled", "intended", "expected", "allotted", "budgeted", "envisaged",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Duration || !question.LowerWords.Any(Intended.Contains) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var start = tokens.FindIndex(t => t.Start >= candidate.Start);
        var end = tokens.FindIndex(t => t.Start >= candidate.End);
        if (start < 0 || end < 0 || !tokens.Any(t => Intended.Contains(t.Text)))
        {
            // A sentence with no plan at all: the question's plan is not set against another length there.
            return 1.0;
        }

        if (PlanNear(tokens, end, 1) || PlanNear(tokens, start - 1, -1))
        {
            return 1.0;
        }

        // "The bus was due in town on Friday, after a ride of nine hours": a plan of another thing (a day of arrival),
        // with no length of its own, sets no planned length against the one told; only a sentence that gives both is read so.
        return OtherPlannedLength(tokens, start, end) ? NotThePlan : 1.0;
    }

    /// <summary>Whether a unit of time outside the candidate stands within <see cref="Reach"/> words of a verb of plans, before any comma or clause break.</summary>
    private static bool OtherPlannedLength(List<Token> tokens, int start, int end)
    {
        for (var p = 0; p < tokens.Count; p++)
        {
            if (Intended.Contains(tokens[p].Text) && (UnitNear(tokens, p + 1, 1, start, end) || UnitNear(tokens, p - 1, -1, start, end)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UnitNear(List<Token> tokens, int from, int step, int start, int end)
    {
        for (var (i, n) = (from, 0); i >= 0 && i < tokens.Count && n < Reach; i += step, n++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }

            if ((i < start || i >= end) && Language.Time.Calendar.IsTimeUnit(tokens[i].Text.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of plans stands within <see cref="Reach"/> words from <paramref name="from"/> in <paramref name="step"/>'s direction, before any comma or clause break.</summary>
    private static bool PlanNear(List<Token> tokens, int from, int step)
    {
        for (var (i, n) = (from, 0); i >= 0 && i < tokens.Count && n < Reach; i += step, n++)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }

            if (Intended.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
