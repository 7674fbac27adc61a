using SummitBot.Language.Relations;

namespace SummitBot.Language.Quantities;

/// <summary>
/// Whether a word around a number is a verb there, by WordNet: one that is a verb and no noun ("met", "came",
/// "waited", "spent"), or a participle of a verb ("believed", "waving"). What a number counts ends before it; a length
/// of time after it is what was done for that long ("spent a week").
/// </summary>
internal static class VerbForms
{
    /// <summary>A verb and not a noun (any inflection), or a participle of a verb; only words in lower case.</summary>
    public static bool IsVerbHere(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        var participle = (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)) && IsVerb(lower);
        return participle || (IsVerb(lower) && !IsNoun(lower));
    }

    /// <summary>
    /// "1,500 Americans work in ...", "troops remain": a verb's plain form right after a plural noun is the plural's
    /// verb, though WordNet knows it as a noun too ("work", "remain"). Not one that is itself plural ("weapons tests").
    /// </summary>
    public static bool FollowsPlural(string previous, string word) =>
        previous.Length > 3 && previous.EndsWith('s') && !previous.EndsWith("ss", StringComparison.Ordinal)
        && word.Length > 2 && char.IsLower(word[0]) && !word.EndsWith('s') && IsVerb(word);

    /// <summary>A verb in WordNet, with short past forms its suffix rules miss ("died", "tied").</summary>
    private static bool IsVerb(string lower) =>
        WordRelations.Default.IsVerb(lower) || (lower.Length > 3 && lower.EndsWith("ed", StringComparison.Ordinal) && WordRelations.Default.IsVerb(lower[..^1]));

    /// <summary>A noun in WordNet, itself or through its singular ("tests", "crises" are nouns; "met" is not).</summary>
    private static bool IsNoun(string lower)
    {
        var relations = WordRelations.Default;
        return relations.IsNoun(lower)
            || (lower.EndsWith("ies", StringComparison.Ordinal) && relations.IsNoun(lower[..^3] + "y"))
            || (lower.EndsWith("es", StringComparison.Ordinal) && relations.IsNoun(lower[..^2]))
            || (lower.EndsWith('s') && relations.IsNoun(lower[..^1]));
    }
}
