using SummitBot.Language;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "How far away is the lighthouse?", "how far away from the coast was the ship?": "away" right after "how far" is
/// part of asking a distance, as "far" is; a passage tells the distance in its own words ("40 kilometres north of
/// the harbour") and rarely says "away", so it is no word a passage must have. "Away" elsewhere ("gave away",
/// "moved away") keeps its meaning and stays a word to find.
/// </summary>
internal static class HowFarAway
{
    /// <summary>Whether the word at <paramref name="i"/> is "away" right after "how far".</summary>
    public static bool Frames(List<Token> tokens, int i) =>
        i >= 2 && tokens[i].Is("away") && tokens[i - 1].Is("far") && tokens[i - 2].Is("how");
}
