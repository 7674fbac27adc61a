using System.Globalization;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Times of day ("what time did Kim arrive?"): the clock times read from the sentence, in the source's own words ("about
/// 8:10 a.m. local time"), with the day the sentence gives beside it ("on Wednesday, February 6, 2019"). A sentence
/// with only a date has no candidate: a day does not say what time.
/// </summary>
internal sealed class ClockTimeExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.ClockTime;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        foreach (var time in passage.Of(AnnotationKind.ClockTime))
        {
            var words = time.TextIn(passage.Text);
            if (Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                continue;
            }

            var day = Day(time.Detail);
            if (question.Time is { } asked && day is { } on && !asked.Overlaps(on))
            {
                continue;
            }

            var said = day is { } known ? $"{words} on {known.Display()}" : words;
            yield return new AnswerCandidate(passage, Type, said, time.Start, time.End, 1.0) { Note = $"time of day {time.Value}" + (day is null ? string.Empty : $" on {time.Detail}") };
        }
    }

    /// <summary>Whether the sentence gives the day of the time of day <paramref name="candidate"/> answers with.</summary>
    internal static bool GivesDay(AnswerCandidate candidate) =>
        candidate.Passage is { } passage
        && passage.Of(AnnotationKind.ClockTime).Any(t => t.Start == candidate.Start && Day(t.Detail) is not null);

    /// <summary>The day a clock time's detail names (yyyy-MM-dd), if the sentence gave one.</summary>
    private static CalendarDate? Day(string detail) =>
        DateOnly.TryParseExact(detail, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? CalendarDate.Day(day) : null;
}
