namespace SummitBot.Language.Words;

/// <summary>
/// "people", "persons", "individuals": the nouns that count people of any kind, which a count of people of one kind
/// ("400 guests", "18 doctors") tells in other words. General English.
/// </summary>
public static class PeopleWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "people", "persons", "individuals" };

    public static bool Is(string word) => Words.Contains(word);
}
