using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who said "He went there to serve"?", "who said he would not resign?": the words a question quotes, or reports after
/// its verb of saying when it asks who said them, are the speaker's words. A person pronoun among them is someone the
/// speaker spoke of, not someone of the conversation: it does not make the question a follow-up.
/// </summary>
internal static class SaidWords
{
    /// <summary>The question's words, lower case, without those it quotes or reports as said.</summary>
    public static List<string> Outside(string text, AnswerType type)
    {
        var words = new List<string>();
        var quoted = false;
        var reported = false;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Quote && token.Text is "\"" or "\u201C" or "\u201D")
            {
                // A straight mark opens and closes; typographic ones say which.
                quoted = token.Text switch { "\u201C" => true, "\u201D" => false, _ => !quoted };
                continue;
            }

            if (quoted || reported || !(token.IsWord || token.Kind == TokenKind.Number))
            {
                continue;
            }

            var word = QuestionReader.Plain(token.Text).ToLowerInvariant();
            words.Add(word);
            reported = type == AnswerType.Speaker && words.Contains("who") && SpeechVerbs.IsSpeechVerb(word);
        }

        return words;
    }
}
