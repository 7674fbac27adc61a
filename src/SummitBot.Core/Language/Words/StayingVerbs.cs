namespace SummitBot.Language.Words;

/// <summary>
/// Verbs of staying where one is ("will stay in Seoul", "remained at the embassy"): the opposite of going, so the place
/// they govern is where something is kept, not where it goes. General English.
/// </summary>
public static class StayingVerbs
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining",
    };

    /// <summary>Words that may stand between a verb of staying and its preposition ("stayed on in", "stay behind at", "stay put in").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "on", "behind", "put", "there", "here" };

    public static bool IsStaying(string word) => Words.Contains(word);

    public static bool IsParticle(string word) => Particles.Contains(word);
}
