namespace SummitBot.Language.Words;

/// <summary>
/// Whether a noun reads as a plural by its ending alone, for the places that only need a cheap guess ("players",
/// "singers"; not "boss", not "bus"). WordNet would say more, but these checks run on words already known to be nouns.
/// </summary>
internal static class PluralNouns
{
    /// <summary>An "s" ending, not a double one ("boss"), on a word longer than three letters ("bus", "gas").</summary>
    public static bool LooksPlural(string noun) =>
        noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal);
}
