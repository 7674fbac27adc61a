namespace SummitBot.Language.Words;

/// <summary>
/// The forms of "be". Before a participle they make a passive ("was held", "were seized"), which turns round who did
/// what: the one named before it had the deed done to them.
/// </summary>
public static class BeForms
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase) { "am", "is", "are", "was", "were", "be", "been", "being" };

    /// <summary>The present and past forms that open a question after "how much" or "how big" ("how big is", "how much were").</summary>
    private static readonly HashSet<string> Finite = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were" };

    /// <summary>Whether the word is a form of "be", in any case.</summary>
    public static bool Is(string word) => Forms.Contains(word);

    /// <summary>Whether the word is "is", "are", "was" or "were", in any case: the forms a question opens with after "how much" or "how big".</summary>
    public static bool IsFinite(string word) => Finite.Contains(word);
}
