using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did the envoys plan to meet before February 15?": a passage of that time (a date in the sentence within it,
/// else a source published within it or shortly after) answers; one of another time hardly does.
/// </summary>
internal static class TimeAsked
{
    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Time is not { } asked || candidate.Passage is null)
        {
            return 1.0;
        }

        var dates = candidate.Passage.Of(Language.Reading.AnnotationKind.Date).Select(d => Language.Time.CalendarDate.Decode(d.Value)).OfType<Language.Time.CalendarDate>().ToList();
        if (dates.Any(said => said.Overlaps(asked)) || SaysSameRelativeTime(question, candidate.Passage))
        {
            return 1.0;
        }

        if (dates.Any(said => said.Grain is Language.Time.DateGrain.Year or Language.Time.DateGrain.Season or Language.Time.DateGrain.Month or Language.Time.DateGrain.Decade))
        {
            // "In 2017, Kim oversaw ..." does not answer a question about 2018.
            return 0.2;
        }

        if (candidate.Passage.Published is not { } published)
        {
            return 0.7;
        }

        var within = published >= asked.From && (asked.To == DateOnly.MaxValue || published <= asked.To.AddDays(31));
        return within ? 0.9 : 0.35;
    }

    /// <summary>
    /// "Where is Mandelker going next week?" and "Mandelker is due to travel to Seoul and Tokyo next week": a time said
    /// relative to now ("next week", "last month", no digits) is read from the story's newest date, but a user who
    /// echoes a source's own words means that source's "next week"; the same words in the sentence are the same time.
    /// </summary>
    private static bool SaysSameRelativeTime(QuestionReading question, Passage passage) =>
        question.TimeSaid is { } said && !said.Any(char.IsDigit)
        && passage.Of(Language.Reading.AnnotationKind.Date).Any(d => string.Equals(d.TextIn(passage.Text), said, StringComparison.OrdinalIgnoreCase));
}
