namespace SummitBot.Language.Words;

/// <summary>
/// Verbs that say only that an event came about ("happen", "occur", "take place"): asked of an event noun ("when did
/// the explosion happen?"), they add nothing the noun does not, so the event is told as well by the noun's own verb.
/// </summary>
public static class HappeningVerbs
{
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "happen", "happens", "happened", "occur", "occurs", "occurred",
    };

    /// <summary>Whether a (lower-case) word may be part of a verb of happening: needed in a question before <see cref="AnyIn"/> can hold.</summary>
    public static bool MayBe(string word) => All.Contains(word) || word == "place";

    /// <summary>Whether the words hold a verb of happening: "happened", "occurred", or "take place" in any form.</summary>
    public static bool AnyIn(IReadOnlyList<string> words) =>
        words.Any(All.Contains) || Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => words[i] == "place" && words[i - 1] is "take" or "takes" or "took" or "taken");
}
