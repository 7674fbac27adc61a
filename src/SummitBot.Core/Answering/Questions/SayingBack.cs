using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Did Pyongyang write back to Seoul?", "when did the ministry write back?": a verb of saying or writing right before
/// "back" is replying, the deed the question asks about, not a frame around words said. It stays a word the passage must
/// have, matched by its own forms and by the words of replying ("replied", "an answer"), never by any verb of saying (a
/// sentence where someone "said" something tells no reply); "back" is part of the verb, no word of its own (a sentence
/// where someone was "sent back" tells none either). Asked what was said or who said it, the verb still frames.
/// </summary>
internal static class SayingBack
{
    /// <summary>Words of replying, which tell that someone wrote or said something back.</summary>
    private const string ReplyWords = "reply replied replies respond responded responds response answer answered answers";

    /// <summary>Whether the word at <paramref name="i"/> is a verb of saying with "back" right after it, in a question not asking what or who said.</summary>
    public static bool Replying(List<Token> tokens, int i, AnswerType type)
    {
        if (type is AnswerType.Quote or AnswerType.Speaker || i + 1 >= tokens.Count || !tokens[i + 1].Text.Equals("back", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var word = tokens[i].Text.ToLowerInvariant();
        return SpeechVerbs.IsAttribution(word) || QuestionWords.Conversing.Contains(word) || word is "written";
    }

    /// <summary>Whether the word at <paramref name="i"/> is the "back" of a verb of replying.</summary>
    public static bool IsParticle(List<Token> tokens, int i, AnswerType type) => i > 0 && Replying(tokens, i - 1, type);

    /// <summary>The analyzed words of replying that a sentence may tell the reply by.</summary>
    public static IEnumerable<string> ReplyStems(AnsweringModel model) => model.Snapshot.Analyzer.Terms(ReplyWords).Distinct(StringComparer.Ordinal);
}
