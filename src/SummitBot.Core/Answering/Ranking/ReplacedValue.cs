using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "The ferry now leaves at 9 a.m. instead of 8:30 a.m.": a value right after "instead of" or "rather than" is the one
/// set aside, the old or the other, not what the sentence says is so. A question that asks of the old one ("before
/// the change", "what did it use to be", "previously") asks for it, and there it is not lowered.
/// </summary>
internal static class ReplacedValue
{
    /// <summary>How much of its fit a value set aside keeps.</summary>
    private const double SetAside = 0.3;

    /// <summary>Words of a question that ask of the value before a change.</summary>
    private static readonly HashSet<string> AsksFormer = new(StringComparer.Ordinal)
    {
        "before", "previously", "formerly", "originally", "earlier", "old", "former", "used", "instead", "rather", "replaced",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate) =>
        candidate.Passage is { } passage && IsSetAside(passage.Text, candidate.Start) && !question.LowerWords.Overlaps(AsksFormer) ? SetAside : 1.0;

    /// <summary>Whether the value starting at <paramref name="start"/> follows "instead of" or "rather than" (an "at", "on", "in" or "the" may stand between).</summary>
    private static bool IsSetAside(string text, int start)
    {
        var end = start;
        var word = Spans.PreviousWord(text, ref end);
        if (word is "at" or "on" or "in" or "the" or "a" or "an")
        {
            word = Spans.PreviousWord(text, ref end);
        }

        if (word is not ("of" or "than"))
        {
            return false;
        }

        var opener = Spans.PreviousWord(text, ref end);
        return (word is "of" && opener.Equals("instead", StringComparison.OrdinalIgnoreCase)) || (word is "than" && opener.Equals("rather", StringComparison.OrdinalIgnoreCase));
    }
}
