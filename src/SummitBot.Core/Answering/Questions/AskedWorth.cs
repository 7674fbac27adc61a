using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// What a question asks the worth of, read once with the question: "how much was the painting worth?" asks the
/// painting's, "what is the prize he was offered worth?" the prize's. The amount extractor checks it against the noun a
/// sentence puts right before its own "worth" (<c>Extraction/WorthOfOtherThing</c>).
/// </summary>
internal static class AskedWorth
{
    /// <summary>The verbs of being between the question's opening words and what it asks the worth of.</summary>
    private static readonly HashSet<string> Being = new(StringComparer.Ordinal) { "is", "was", "are", "were", "will", "would", "be" };

    /// <summary>Words that end the asked noun phrase when read forwards: a clause of its own begins ("the prize he won", "the prize promised").</summary>
    private static bool EndsPhrase(string word) =>
        CommonWords.IsPreposition(word) || Being.Contains(word) || word is "he" or "she" or "they" or "we" or "i" or "you" or "it" or "that" or "which" or "who";

    /// <summary>
    /// The content words of what "how much was X worth?" or "what is X worth?" asks the worth of, X read up to a
    /// preposition or a clause of its own; any of them may name the thing ("the car Kim said he was promised" gives
    /// "car", "kim", "said"). Null when the question asks no worth in these forms, or of "it".
    /// </summary>
    public static List<string>? Of(List<string> words)
    {
        var worth = words.IndexOf("worth");
        var opens = words.FindIndex(w => w is "much" or "what");
        if (worth < 0 || opens < 0 || opens + 1 >= worth || !Being.Contains(words[opens + 1]))
        {
            return null;
        }

        var head = words.Skip(opens + 2).Take(worth - opens - 2).TakeWhile(w => !EndsPhrase(w))
            .Where(w => !CommonWords.IsFunctionWord(w) && w is not ("s" or "'s")).ToList();
        return head.Count == 0 ? null : head;
    }
}
