using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How many of the passengers were Dutch?", "how many of them are women?": the words after the verb "to be" say which
/// part of the whole is counted. A sentence that splits the whole ("a crew of 40, 31 Dutch sailors and nine from
/// Norway") answers with the count whose own noun says it, not the whole nor another part.
/// </summary>
internal static class PartAsked
{
    /// <summary>How many words after the verb "to be" may say the part.</summary>
    private const int MaxWords = 2;

    /// <summary>The analyzed words that say the part counted (of the question's lower-case words), or none.</summary>
    public static IReadOnlyList<string> Read(List<string> words, AnsweringModel model)
    {
        var many = words.IndexOf("many");
        if (many < 1 || words[many - 1] != "how" || many + 1 >= words.Count || words[many + 1] != "of")
        {
            return [];
        }

        // "how many of the crew are ...": the verb comes right after the whole (a few words).
        var be = words.FindIndex(many + 2, w => w is "are" or "were" or "is" or "was");
        if (be < 0 || be > many + 6 || be + 1 >= words.Count)
        {
            return [];
        }

        // Not "were on board", "are from ...": a place or group named by a preposition is no kind of the part.
        var said = words.Skip(be + 1).TakeWhile(w => !CommonWords.IsFunctionWord(w) && !CommonWords.IsPreposition(w) && !QuestionWords.Asking.Contains(w)).Take(MaxWords).ToList();
        return said.Count == 0 ? [] : model.Snapshot.Analyzer.Terms(string.Join(' ', said));
    }
}
