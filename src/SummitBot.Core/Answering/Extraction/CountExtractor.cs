using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Counts: a number read from the sentence with what it counts ("21 ballistic missile tests"), fitting best when it
/// counts what the question asks about ("how many ballistic missile tests").
/// </summary>
internal sealed class CountExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Number;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        foreach (var quantity in passage.Of(AnnotationKind.Quantity).Where(q => q.Detail.StartsWith("count:", StringComparison.Ordinal) || q.Detail.StartsWith("ordinal:", StringComparison.Ordinal)))
        {
            var ordinal = quantity.Detail.StartsWith("ordinal:", StringComparison.Ordinal);
            if (question.Terms.Any(t => t.Role == Questions.TermRole.Number && t.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) == quantity.Value))
            {
                continue;
            }

            var counted = passage.Analyze(quantity.Detail[(quantity.Detail.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            if (ordinal && (question.Counted.Count == 0 || !question.Counted.Any(counted.Contains)))
            {
                // An ordinal counts only what the question counts ("the 11th launch" for "how many launches").
                continue;
            }

            var fit = question.Counted.Count == 0 ? 0.7
                : counted.Count == 0 ? 0.4
                : question.Counted.Count(counted.Contains) / (double)question.Counted.Count is var share && share > 0 ? 0.6 + (0.4 * share) : 0.05;
            var end = EndOfCounted(passage.Text, quantity);
            yield return new AnswerCandidate(passage, Type, passage.Text[quantity.Start..end], quantity.Start, end, ordinal ? fit * 0.8 : fit) { Note = $"count {quantity.Value} ({quantity.Detail})" };
        }
    }

    /// <summary>The number with the words it counts ("21 ballistic missile tests"), as the sentence writes them.</summary>
    internal static int EndOfCounted(string text, Annotation quantity)
    {
        var colon = quantity.Detail.IndexOf(':', StringComparison.Ordinal);
        var noun = colon >= 0 ? quantity.Detail[(colon + 1)..] : string.Empty;
        if (noun.Length == 0)
        {
            return quantity.End;
        }

        var at = text.IndexOf(noun, quantity.End, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && at - quantity.End <= 2 ? at + noun.Length : quantity.End;
    }
}
