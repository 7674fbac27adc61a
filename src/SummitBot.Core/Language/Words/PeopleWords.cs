namespace SummitBot.Language.Words;

/// <summary>
/// "people", "persons", "individuals": the nouns that count people of any kind, which a count of people of one kind
/// ("400 guests", "18 doctors") tells in other words. General English.
/// </summary>
public static class PeopleWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "people", "persons", "individuals" };

    /// <summary>
    /// "200 personnel", "eight staff", "12 crew": nouns for a body of people that, counted by a number, count its
    /// members, people of any kind. WordNet files them under groups, not persons, so a person-noun test misses them.
    /// </summary>
    private static readonly HashSet<string> Collective = new(StringComparer.OrdinalIgnoreCase) { "personnel", "staff", "crew", "workforce" };

    public static bool Is(string word) => Words.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a body of people whose count is a count of its members.</summary>
    public static bool IsCollective(string word) => Collective.Contains(word);
}
