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
                var until = !AsksUntil(question.Text) && Until(passage.Text, duration.Start, duration.End);
                yield return new AnswerCandidate(passage, Type, words, duration.Start, duration.End, until ? 0.15 : 1.0) { Note = $"duration {duration.Value} {duration.Detail}" + (until ? " (time until, not how long)" : string.Empty) };
            }
        }

        // "from February 27 to 28": a stretch of days says how long, less directly.
        foreach (var date in passage.Of(AnnotationKind.Date).Where(d => d.Value.EndsWith("/Days", StringComparison.Ordinal)))
        {
            yield return new AnswerCandidate(passage, Type, date.TextIn(passage.Text), date.Start, date.End, 0.5) { Note = "a stretch of days" };
        }
    }

    /// <summary>
    /// "return to Stockholm in two weeks", "within the next two to three weeks", "two weeks ago", "a few hours later":
    /// the time until (or since) something happens, not how long it lasted. Kept, less sure, for "how long until ...".
    /// </summary>
    /// <summary>"Within how many weeks ...?", "how soon ...?", "how long until ...?": the time until is what is asked.</summary>
    private static bool AsksUntil(string question)
    {
        var words = Language.Tokenizer.Tokenize(question).Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToList();
        return words.Any(w => w is "within" or "until" or "till" or "later" or "ago" or "soon" or "after" or "before")
            || words.Zip(words.Skip(1)).Any(p => p is ("in", "how"));
    }

    private static bool Until(string text, int start, int end)
    {
        var before = text[..start].TrimEnd().ToLowerInvariant();
        var after = text[end..].TrimStart().ToLowerInvariant();
        return before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" within", StringComparison.Ordinal)
            || before.EndsWith(" in the next", StringComparison.Ordinal) || before.EndsWith(" within the next", StringComparison.Ordinal)
            || after.StartsWith("ago", StringComparison.Ordinal) || after.StartsWith("later", StringComparison.Ordinal) || after.StartsWith("earlier", StringComparison.Ordinal);
    }
}
