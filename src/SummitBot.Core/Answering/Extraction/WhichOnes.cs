using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Which news websites did he give photos to?" asks for particular ones, by name: "foreign news websites", the kind
/// asked with common lower-case words before it, names none, and is no answer. "What kind of missile ...?" asks the
/// kind itself, where such a phrase ("a short-range ballistic missile") is the answer.
/// </summary>
internal static class WhichOnes
{
    /// <summary>Words that, with "which" or "what", ask for a kind rather than particular ones.</summary>
    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal) { "kind", "kinds", "type", "types", "sort", "sorts" };

    /// <summary>Whether the question asks "which" of a thing and not of its kind.</summary>
    public static bool Asked(QuestionReading question) =>
        question.LowerWords.Contains("which") && !question.LowerWords.Overlaps(KindWords);
}
