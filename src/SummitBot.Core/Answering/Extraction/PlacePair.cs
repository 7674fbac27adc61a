using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Which islands does the zone run between?", "between which cities ...?": a question asking for several places is
/// answered by both ends the sentence gives ("from Deokjeok Island in the South to Cho Island in the North",
/// "between Kaesong and Sinuiju"), quoted from the first to the second; one end alone is only part of the answer.
/// </summary>
internal static class PlacePair
{
    /// <summary>How far apart, in characters, the two ends may stand ("from A in the South to B").</summary>
    private const int MaxGap = 40;

    /// <summary>How much of its fit one end alone keeps when several places are asked.</summary>
    public const double OneEnd = 0.8;

    public static IEnumerable<AnswerCandidate> Pairs(QuestionReading question, Passage passage, double fit)
    {
        if (!question.AsksSeveralPlaces)
        {
            yield break;
        }

        var text = passage.Text;
        var places = passage.Of(AnnotationKind.Place).Where(p => !p.IsDemonym).OrderBy(p => p.Start).ToList();
        for (var i = 0; i + 1 < places.Count; i++)
        {
            var first = places[i];
            var opener = WordBefore(text, first.Start);
            if (opener is not ("from" or "between"))
            {
                continue;
            }

            // The second end may come after a place that qualifies the first ("from Deokjeok Island in the South to ...").
            for (var j = i + 1; j < places.Count && places[j].Start - first.End <= MaxGap; j++)
            {
                var second = places[j];
                var between = text.AsSpan(first.End, Math.Max(0, second.Start - first.End));
                if ((opener == "from" && EndsWithWord(between, "to")) || (opener == "between" && between.Trim().SequenceEqual("and")))
                {
                    yield return new AnswerCandidate(passage, AnswerType.Place, text[first.Start..second.End], first.Start, second.End, fit) { Note = opener == "from" ? "places, from ... to" : "places, between ... and" };
                    break;
                }
            }
        }
    }

    /// <summary>The word before a place, past "the" ("from the Deokjeok ..." → "from"), in lower case.</summary>
    private static string WordBefore(string text, int start)
    {
        var end = start;
        var word = Spans.PreviousWord(text, ref end);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = Spans.PreviousWord(text, ref end);
        }

        return word.ToString().ToLowerInvariant();
    }

    private static bool EndsWithWord(ReadOnlySpan<char> between, string word)
    {
        var trimmed = between.TrimEnd();
        if (trimmed.EndsWith(" the", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^4];
        }

        return trimmed.EndsWith(" " + word, StringComparison.Ordinal) || trimmed.SequenceEqual(word);
    }
}
