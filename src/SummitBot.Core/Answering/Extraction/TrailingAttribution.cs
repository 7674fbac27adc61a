using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// ", the ministry's spokesman, Lee Min-ho, said." closing a sentence: who reported it, not a thing done. What follows
/// the question's last word, when it is only such an attribution, names no thing the question asks for, unless the
/// question asks what someone said.
/// </summary>
internal static class TrailingAttribution
{
    /// <summary>How many tokens the speaker may take between the comma and the verb ("the Kremlin's spokesman, Dmitry Peskov,").</summary>
    private const int SpeakerReach = 12;

    /// <summary>How many tokens may follow the verb of saying ("said on Thursday afternoon").</summary>
    private const int AfterVerb = 4;

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="end"/> (exclusive) are a comma, a speaker and a closing verb of saying.</summary>
    public static bool Is(QuestionReading question, List<Token> tokens, int from, int end)
    {
        if (from >= end || tokens[from].Text != "," || question.LowerWords.Any(SpeechVerbs.IsAttribution))
        {
            return false;
        }

        for (var v = end - 1; v > from && v >= end - 1 - AfterVerb; v--)
        {
            if (tokens[v].Text is "," or "that" or ":" || tokens[v].Kind == TokenKind.Quote)
            {
                return false;
            }

            if (SpeechVerbs.All.Contains(tokens[v].Text))
            {
                return v - from - 1 <= SpeakerReach && v - from > 1;
            }
        }

        return false;
    }
}
