namespace SummitBot.Language.Words;

/// <summary>
/// General English nouns for a body of people whose size is a head count: "how large is the community?" and "how big
/// was the delegation?" are answered by how many people it has ("estimated at about 40,000 people", "a delegation of
/// seven people"), not by an area or a sum. Only nouns that name people and nothing else in news; "party", "force" or
/// "unit" name other things as often and are left out.
/// </summary>
public static class PeopleGroupWords
{
    private static readonly HashSet<string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        "community", "communities", "population", "crowd", "crowds", "audience", "delegation", "entourage", "contingent", "diaspora",
        "congregation", "membership", "workforce", "staff", "group", "team", "squad", "crew",
    };

    /// <summary>Whether <paramref name="word"/> names a body of people, whose size is a count of them.</summary>
    public static bool Is(string word) => Groups.Contains(word);
}
