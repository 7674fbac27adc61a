using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How many pupils sat the written exam?" and "about 300 pupils sat exams in the town hall": an adjective the question
/// puts before another of its nouns (not the things counted) narrows what the count is of; a sentence that has the
/// noun without that adjective, nor any word related to it, counts them over every kind of exam, not the one asked.
/// </summary>
internal static class RestrictionMissing
{
    public static bool Is(QuestionReading question, Passage passage)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        var relations = Language.Relations.WordRelations.Default;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Term(question, words[i]) is not { } adjective || Term(question, words[i + 1]) is not { } noun
                || !relations.IsAdjective(words[i]) || !relations.IsNoun(words[i + 1]) || OfAge.Contains(words[i])
                || question.Counted.Contains(adjective.Stem) || question.Counted.Contains(noun.Stem))
            {
                continue;
            }

            if (passage.Words.Contains(noun.Stem) && !passage.Words.Contains(adjective.Stem) && !adjective.Related.Any(passage.Words.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adjectives of a thing's age or stage ("the new library", "the old bridge", "the former depot"): they tell where
    /// the one thing stands in its own history, not which kind of it is counted, and a sentence about that thing seldom
    /// repeats them ("a 40-room library wing"). A kind ("foreign", "full", "short") narrows a count; these only describe.
    /// </summary>
    private static readonly HashSet<string> OfAge = new(StringComparer.Ordinal)
    {
        "new", "old", "former", "latest", "recent", "current", "existing", "future", "planned", "proposed", "renovated", "rebuilt",
    };

    /// <summary>The question's content term written as <paramref name="word"/>: names, numbers and times are read elsewhere.</summary>
    private static QuestionTerm? Term(QuestionReading question, string word) =>
        question.Terms.FirstOrDefault(t => t.Role == TermRole.Content && t.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
}
