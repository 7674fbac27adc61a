namespace SummitBot.Language.Words;

/// <summary>
/// Verbs of going somewhere ("flying", "headed", "travelled") and the nouns of a journey or the craft it is made in
/// ("way", "flight", "plane", "trip"): "on her flight to Lima" says where she was flying as "flew to Lima" does.
/// General English.
/// </summary>
public static class JourneyWords
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "go", "goes", "going", "went", "gone", "fly", "flies", "flying", "flew", "flown", "travel", "travels", "travelling",
        "traveling", "travelled", "traveled", "head", "heads", "heading", "headed", "sail", "sails", "sailing", "sailed",
        "drive", "drives", "driving", "drove", "driven", "ride", "rides", "riding", "rode", "journey", "journeying", "journeyed",
    };

    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "way", "flight", "plane", "jet", "aircraft", "trip", "journey", "voyage", "ship", "boat", "train", "car", "motorcade",
    };

    /// <summary>Whether <paramref name="word"/> is a form of a verb of going.</summary>
    public static bool IsGoing(string word) => Verbs.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a journey or the craft it is made in.</summary>
    public static bool IsJourney(string word) => Nouns.Contains(word);
}
