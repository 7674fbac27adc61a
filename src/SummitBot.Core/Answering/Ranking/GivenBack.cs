using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did Seoul send the two men back?" of "Seoul handed the two men back": a verb of giving with "back" after its
/// object is giving the thing or person back, whichever verb of giving says it ("sent back", "handed back", "gave
/// back"). The question's verb of giving, with "back" later in the question, is matched, as a related word, by a verb
/// of giving in the sentence with "back" a few words after it.
/// </summary>
internal static class GivenBack
{
    /// <summary>The most words between a verb of giving and its "back" ("handed two North Korean fishermen back").</summary>
    private const int Reach = 6;

    /// <summary>Whether the question's <paramref name="term"/> is a verb of giving back that the passage says with another verb of giving.</summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        var at = words.IndexOf(term.Word.ToLowerInvariant());
        if (at < 0 || !GivingVerbs.IsGiving(words[at]) || !words.Skip(at + 1).Take(Reach + 1).Contains("back"))
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (GivingVerbs.IsGiving(tokens[i].Text) && tokens.Skip(i + 1).Take(Reach + 1).TakeWhile(t => t.Text is not ("." or ";")).Any(t => t.Text == "back"))
            {
                return true;
            }
        }

        return false;
    }
}
