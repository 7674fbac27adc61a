using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How far is the abbey from Lerwick?" and "The ferry leaves from Lerwick, about 40 kilometres north of Sumburgh": a
/// distance joins two places, the one it is said of and the one it is measured from ("from X", "north of X"). Asked
/// the distance between two places, a length answers only when both are in its sentence and the place it is measured
/// from is one of them; otherwise it is how far one of them is from some third place, a look-alike.
/// </summary>
internal static class DistanceToOtherPlace
{
    /// <summary>How much of its fit a length keeps that does not join the two places asked.</summary>
    private const double OtherPlace = 0.3;

    /// <summary>How many tokens after a length its place of measure may stand ("about 170 kilometres east of X").</summary>
    private const int Reach = 4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Amount or AnswerType.Number) || candidate.Passage is not { } passage || !AsksBetween(question))
        {
            return 1.0;
        }

        var places = question.Terms.Where(t => t.Role == TermRole.Name).ToList();
        if (places.Count < 2)
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        if (places.Any(p => !stems.Any(p.IsIn)))
        {
            return OtherPlace;
        }

        return MeasuredFrom(passage, candidate.End) is { } from && !places.Any(p => p.IsIn(stems[from])) ? OtherPlace : 1.0;
    }

    /// <summary>
    /// "How far is A from B?", "what is the distance between A and B?": the question sets two places against each other
    /// (not "how far did the missile fly from A?", the length of a doing).
    /// </summary>
    private static bool AsksBetween(QuestionReading question)
    {
        var words = Tokenizer.LowerWords(question.Text);
        var far = words.IndexOf("far");
        var between = words.IndexOf("between");
        return (far > 0 && words[far - 1] == "how" && far + 1 < words.Count && words[far + 1] is "is" or "are" or "was" or "were" or "lies" or "s"
                && words.IndexOf("from", far) > far)
            || (between > 0 && words.Contains("distance"));
    }

    /// <summary>
    /// The token of the place a length is measured from: the first word of a place named right after "from" or "of"
    /// within reach after it ("170 kilometres east of Vladivostok", "30 miles away from the border town of X" stops at
    /// "border", no place); null when none is named.
    /// </summary>
    private static int? MeasuredFrom(Retrieval.Passage passage, int end)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= end);
        for (var i = next; i >= 0 && i < tokens.Count - 1 && i < next + Reach; i++)
        {
            if (tokens[i].Text is "," or ";" or "and")
            {
                return null;
            }

            if (tokens[i].Text.ToLowerInvariant() is "from" or "of"
                && passage.Of(AnnotationKind.Place).Any(p => p.Start == tokens[i + 1].Start))
            {
                return i + 1;
            }
        }

        return null;
    }
}
