using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How long would the ferry need to cross the strait?": in a question asking a length of time, "need" before a
/// verb's "to" is a light verb that asks the length, as "take" does ("how long would the ferry take to cross"); a
/// passage tells it as "the crossing takes 90 minutes" and rarely says "need", so it is no word a passage must have.
/// "Need" asking anything else ("what do the farmers need?", "do they need a permit?"), or with a thing after it
/// ("how long will they need the hall?"), keeps its meaning and stays a word to find.
/// </summary>
internal static class NeededLength
{
    /// <summary>Whether the word at <paramref name="i"/> is "need" before "to" in a question asking a duration.</summary>
    public static bool Frames(List<Token> tokens, int i, AnswerType type) =>
        type == AnswerType.Duration && i + 1 < tokens.Count && tokens[i + 1].Is("to")
        && (tokens[i].Is("need") || tokens[i].Is("needs") || tokens[i].Is("needed"));
}
