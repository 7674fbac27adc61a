using SummitBot.Language;
using SummitBot.Language.Relations;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What issues did the ministers talk about?", "which subjects did the envoys discuss?": the topics of a talk asked.
/// A verb of talking with "about" after it, in a question asking a thing, is the deed whose topic is asked, not a frame
/// around words said: it stays a word the passage must have, matched by its own forms and its WordNet relatives
/// ("discussed", "spoke"), since a sentence that only shares the talkers' nouns ("both sides hoped ...") tells no topic
/// of theirs. The noun of a topic after "what" is then the kind of answer, as "city" is in "which city": a sentence
/// tells the topics ("discussed fishing rights and tariffs") without calling them that.
/// </summary>
internal static class TopicTalked
{
    /// <summary>Whether the word at <paramref name="i"/> is a verb of talking followed by "about" in a What question.</summary>
    public static bool Asked(List<Token> tokens, int i, AnswerType type) =>
        type == AnswerType.What && i + 1 < tokens.Count && QuestionWords.Conversing.Contains(tokens[i].Text.ToLowerInvariant())
        && tokens[i + 1].Text.Equals("about", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The noun of a topic right after "what"/"which" ("subjects", "topics") when the question's verb is one of talking
    /// ("talk about", "discuss"), or null. A topic noun is "topic" or a WordNet synonym of it.
    /// </summary>
    public static string? KindAsked(IReadOnlyList<string> words)
    {
        var wh = words.ToList().FindIndex(w => w is "what" or "which");
        if (wh < 0 || wh + 1 >= words.Count || !IsTopicNoun(words[wh + 1]))
        {
            return null;
        }

        var talks = words.Where((w, k) => k > wh + 1 && (IsDiscussing(w) || (QuestionWords.Conversing.Contains(w) && k + 1 < words.Count && words[k + 1] == "about")));
        return talks.Any() ? words[wh + 1] : null;
    }

    private static bool IsTopicNoun(string word) =>
        WordRelations.Default.IsNounForm(word)
        && (WordRelations.Default.BaseForms(word).Contains("topic") || WordRelations.Default.Related(word, Relation.Synonym, nounOnly: true).Contains("topic"));

    /// <summary>A form of "discuss", the verb whose object is the topic itself.</summary>
    private static bool IsDiscussing(string word) => WordRelations.Default.BaseForms(word).Contains("discuss");
}
