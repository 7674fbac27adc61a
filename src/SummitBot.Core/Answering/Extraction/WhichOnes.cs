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

    /// <summary>
    /// Whether the question asks what kind of a thing it was ("what kind of boat sank?"): the answer is words that make
    /// the thing a kind ("a wooden fishing boat"), never the clause that tells what it did or when.
    /// </summary>
    public static bool KindAsked(QuestionReading question) =>
        question.Category is not null && question.LowerWords.Overlaps(KindWords);
}
