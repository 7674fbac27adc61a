using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How far can the glider fly?" or "how far did the herd travel?" and "the glider came down about 40 kilometres east
/// of the airfield": asked how far a thing goes (a doing, "how far" then "can", "did", "will" ...), a length measured
/// from a place ("from X", "away", "north of X") says where something stands, not how far it went or can go. A length
/// said of the doing itself ("it flew about 300 kilometres") still answers; a question that itself names the place of
/// measure ("how far from the coast did it land?") or asks where a thing is ("how far is ...") is left alone.
/// </summary>
internal static class DistanceOfPosition
{
    /// <summary>How much of its fit a distance from a place keeps, asked how far a thing goes.</summary>
    private const double Position = 0.3;

    /// <summary>The auxiliaries that make "how far ..." ask about a doing ("how far can/did/will it fly").</summary>
    private static readonly HashSet<string> DoingAuxiliaries =
        ["can", "could", "did", "does", "do", "will", "would", "might", "may", "should", "must", "has", "have", "had"];

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not AnswerType.Amount || candidate.Passage is not { } passage || !AsksHowFarItGoes(question))
        {
            return 1.0;
        }

        return passage.Of(AnnotationKind.Quantity).Any(q => q.End == candidate.End && AmountExtractor.IsLength(q) && DistanceFrom.Tells(q, passage))
            ? Position
            : 1.0;
    }

    /// <summary>"How far can/did/will ..." with no "from", "away" or "of" naming a place to measure from.</summary>
    private static bool AsksHowFarItGoes(QuestionReading question)
    {
        var words = Tokenizer.LowerWords(question.Text);
        var far = words.IndexOf("far");
        return far > 0 && words[far - 1] == "how" && far + 1 < words.Count && DoingAuxiliaries.Contains(words[far + 1])
            && !words.Skip(far).Any(w => w is "from" or "away" or "of");
    }
}
