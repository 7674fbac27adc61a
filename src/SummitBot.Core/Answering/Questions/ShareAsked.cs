using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What share of the vote did she win?", "what percentage of the crop was lost?": a noun of a share right after
/// "what" or "which" asks an amount in per cent, as a unit asked does ("how many km"); the passage tells it by the
/// amount itself ("took 41 per cent of the vote") and seldom by the noun, so it is no word a passage must have.
/// Elsewhere ("the company's share price", "a share of the blame") the noun keeps its meaning and stays a word to find.
/// </summary>
internal static class ShareAsked
{
    /// <summary>Nouns that name a share of a whole.</summary>
    private static readonly HashSet<string> ShareNouns = new(StringComparer.Ordinal) { "share", "percentage", "proportion", "fraction" };

    /// <summary>Whether the word at <paramref name="i"/> is a share's noun right after "what" or "which", asking an amount.</summary>
    public static bool Frames(List<Token> tokens, int i, AnswerType type) =>
        type == AnswerType.Amount && i >= 1 && ShareNouns.Contains(tokens[i].Text.ToLowerInvariant())
        && tokens[i - 1].Text.ToLowerInvariant() is "what" or "which";
}
