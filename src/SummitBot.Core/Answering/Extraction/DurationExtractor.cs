using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>Lengths of time read from the sentence: "about 50 minutes", "more than 60 hours", "a two-day summit".</summary>
internal sealed class DurationExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Duration;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        foreach (var duration in passage.Of(AnnotationKind.Duration))
        {
            var words = duration.TextIn(passage.Text);
            if (!Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                yield return new AnswerCandidate(passage, Type, words, duration.Start, duration.End, 1.0) { Note = $"duration {duration.Value} {duration.Detail}" };
            }
        }

        // "from February 27 to 28": a stretch of days says how long, less directly.
        foreach (var date in passage.Of(AnnotationKind.Date).Where(d => d.Value.EndsWith("/Days", StringComparison.Ordinal)))
        {
            yield return new AnswerCandidate(passage, Type, date.TextIn(passage.Text), date.Start, date.End, 0.5) { Note = "a stretch of days" };
        }
    }
}
