namespace SummitBot.Language.Words;

/// <summary>
/// Verbs of spending the night somewhere ("slept at the inn", "stayed at a guesthouse", "lodged with a farmer",
/// "overnighted in a hostel"): asked where someone slept, a sentence saying where they stayed tells the same deed,
/// though WordNet puts "sleep" and "stay" in no shared sense. General English.
/// </summary>
public static class LodgingVerbs
{
    /// <summary>The verbs in their base forms (and "slept", which the analyzer does not reduce to "sleep"); the analyzer reduces their other forms to the same stems.</summary>
    public static readonly string[] Words = ["sleep", "slept", "stay", "lodge", "overnight"];

    public static bool IsLodging(string word) => Array.IndexOf(Words, word.ToLowerInvariant()) >= 0;
}
