namespace SummitBot.Language.Words;

/// <summary>Personal pronouns that point back at a person.</summary>
public static class Pronouns
{
    public static readonly HashSet<string> Person = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself",
    };

    public static bool IsPersonPronoun(string word) => Person.Contains(word);
}
