using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What did Moon tell Trump about Kim?": the one told, the word after a verb of telling in a question asking for
/// words said. A sentence tells it by naming them as the one told ("He told Trump that ..."), not by quoting words
/// that mention them ("Only President Trump can solve this").
/// </summary>
internal static class Addressee
{
    /// <summary>The word, lower case, of the one told, or null when the question asks no words told to someone.</summary>
    public static string? Of(IReadOnlyList<string> plain, AnswerType asked)
    {
        if (asked != AnswerType.Quote)
        {
            return null;
        }

        for (var i = 0; i + 1 < plain.Count; i++)
        {
            if (plain[i] is "tell" or "tells" or "told" or "telling" && plain[i + 1] is var told
                && !CommonWords.IsFunctionWord(told) && told is not ("him" or "her" or "them" or "us" or "me" or "you" or "it"))
            {
                return told;
            }
        }

        return null;
    }
}
