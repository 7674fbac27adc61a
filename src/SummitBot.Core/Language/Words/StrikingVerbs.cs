namespace SummitBot.Language.Words;

/// <summary>
/// Verbs that say an event befell a place or people ("the storm hit the coast", "the quake struck the town", "the
/// outbreak affected three provinces"), in their forms: they say only that the event reached its object, so a sentence
/// that tells the event by its own verb ("the river flooded the town") says the same thing.
/// </summary>
public static class StrikingVerbs
{
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "hit", "hits", "hitting", "strike", "strikes", "struck", "striking", "affect", "affects", "affected", "affecting",
        "batter", "batters", "battered", "battering", "ravage", "ravages", "ravaged", "ravaging",
    };

    /// <summary>Whether <paramref name="word"/>, in lower case as a verb is written, is a verb of an event befalling something.</summary>
    public static bool IsStriking(string word) => word.Length > 0 && char.IsLower(word[0]) && All.Contains(word);
}
