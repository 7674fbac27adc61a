using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How many missiles has North Korea launched so far this year?" asks a running total, and "hours after North Korea
/// fired two short-range missiles into the sea" on Thursday gives the count of one day's launch: a part of the total,
/// not the total. A count whose sentence is dated to a single day answers a question of a total ("so far", "to date",
/// "in total", "altogether") only as a guess.
/// </summary>
internal static class RunningTotal
{
    /// <summary>How much of its fit a count of one day keeps, asked a total.</summary>
    private const double OneDaysCount = 0.3;

    /// <summary>Phrases that ask a total, each as the words a question's word set must hold.</summary>
    private static readonly string[][] TotalPhrases = [["so", "far"], ["to", "date"], ["in", "total"], ["all", "told"], ["altogether"]];

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not AnswerType.Number || candidate.Passage is not { } passage || candidate.IsCurated || !TotalPhrases.Any(phrase => phrase.All(question.LowerWords.Contains)))
        {
            return 1.0;
        }

        if (candidate.Answer.StartsWith("first ", StringComparison.OrdinalIgnoreCase))
        {
            // "It was North Korea's first missile launch in 77 days": "first" tells a gap or an order, never a total.
            return OneDaysCount;
        }

        var dates = passage.Of(AnnotationKind.Date).Select(d => CalendarDate.Decode(d.Value)).OfType<CalendarDate>().ToList();
        return dates.Count > 0 && dates.All(d => d.Grain == DateGrain.Day) ? OneDaysCount : 1.0;
    }
}
