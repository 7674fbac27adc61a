namespace SummitBot.Answering.Questions;

/// <summary>
/// "the North's state media", "aid to the South": news writing's short name for one of the two Koreas, a country and
/// never a person, even where a source's misread phrase ("a North Korean-run restaurant") put a person of that word in
/// the catalogue. The word is left to the passage's words as the place it is.
/// </summary>
internal static class SideOfPeninsula
{
    /// <summary>Whether the word at <paramref name="i"/> is "north" or "south" right after "the".</summary>
    public static bool Names(List<string> words, int i) =>
        i > 0 && words[i - 1] == "the" && words[i] is "north" or "south";
}
