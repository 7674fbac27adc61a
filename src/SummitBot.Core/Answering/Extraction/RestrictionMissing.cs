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
                || !relations.IsAdjective(words[i]) || !relations.IsNoun(words[i + 1])
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

    /// <summary>The question's content term written as <paramref name="word"/>: names, numbers and times are read elsewhere.</summary>
    private static QuestionTerm? Term(QuestionReading question, string word) =>
        question.Terms.FirstOrDefault(t => t.Role == TermRole.Content && t.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
}
