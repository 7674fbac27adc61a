namespace SummitBot.Language.Words;

/// <summary>
/// Words that say something was not so: "not", "never", "no", "without", "nor", "neither", every "…n't", and the
/// pronouns that say no one did it ("none ran this year", "nobody was hurt").
/// </summary>
public static class NegationWords
{
    /// <summary>Whether <paramref name="word"/> (any case) is a negation word.</summary>
    public static bool IsNegator(string word) =>
        word.ToLowerInvariant() is "not" or "never" or "no" or "without" or "nor" or "neither" or "none" or "nobody"
        || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
}
