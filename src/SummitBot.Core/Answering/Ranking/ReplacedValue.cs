using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "The ferry now leaves at 9 a.m. instead of 8:30 a.m.": a value right after "instead of" or "rather than" is the one
/// set aside, the old or the other, not what the sentence says is so. A question that asks of the old one ("before
/// the change", "what did it use to be", "previously") asks for it, and there it is not lowered. So is a value a change
/// starts from ("fell to 3,000, from nearly 5,000"): the value before it.
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

    /// <summary>Words that may stand between "from" or "to" and the value they lead to ("from nearly $200 million").</summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "nearly", "almost", "around", "roughly", "some", "just", "over", "under", "than", "more", "less", "only", "an", "estimated",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        if (question.LowerWords.Overlaps(AsksFormer))
        {
            // "How many did it have before?" and "may keep two, down from four": the value a change reached is the new one, not asked.
            return question.Time is null && IsNewOfChange(passage, candidate) ? SetAside : 1.0;
        }

        return IsSetAside(passage.Text, candidate.Start) || (question.Time is null && IsFormerOfChange(passage, candidate.Start)) ? SetAside : 1.0;
    }

    /// <summary>
    /// "keep two diplomats, down from four", "rose to 20 from 12": the value right before "down from" or "up from", or
    /// one led to by "to" where another of the sentence is led to by "from", is the value after the change.
    /// </summary>
    private static bool IsNewOfChange(Retrieval.Passage passage, AnswerCandidate candidate)
    {
        var rest = passage.Text.AsSpan(candidate.End).TrimStart(" ,");
        if ((rest.StartsWith("down from ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("up from ", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return LedBy(passage.Text, candidate.Start, "to")
            && passage.Of(Language.Reading.AnnotationKind.Quantity).Any(q => q.Start != candidate.Start && LedBy(passage.Text, q.Start, "from"));
    }

    /// <summary>
    /// "Sales fell to about 3,000 tonnes, from nearly 5,000 tonnes a year before", "rose from 12 to 20": a quantity led to
    /// by "from" where another of the sentence is led to by "to" is the value before the change, the other the value now.
    /// A question of a time ("in 2016") may ask that value; each figure's own date judges it there (<see cref="AmountOfOtherTime"/>).
    /// </summary>
    private static bool IsFormerOfChange(Retrieval.Passage passage, int start)
    {
        if (!LedBy(passage.Text, start, "from"))
        {
            return false;
        }

        return passage.Of(Language.Reading.AnnotationKind.Quantity).Any(q => q.Start != start && LedBy(passage.Text, q.Start, "to"));
    }

    /// <summary>Whether the value at <paramref name="start"/> follows <paramref name="lead"/>, with at most two hedges between.</summary>
    private static bool LedBy(string text, int start, string lead)
    {
        var end = start;
        var word = Spans.PreviousWord(text, ref end);
        for (var hedges = 0; hedges < 2 && Hedges.Contains(word.ToString()); hedges++)
        {
            word = Spans.PreviousWord(text, ref end);
        }

        return word.Equals(lead, StringComparison.OrdinalIgnoreCase);
    }

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
