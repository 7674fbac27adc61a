namespace SummitBot.Language.Words;

/// <summary>
/// Role words English writes in a man's and a woman's form ("spokesman", "spokeswoman"; "chairman", "chairwoman";
/// "actor", "actress"). A form asked names the holder's sex as surely as a pronoun does: "the ministry's spokeswoman"
/// is not its spokesman, though both are its spokesperson (a neutral form, which either fits). Synonym lists that read
/// the forms as one word make the source's own spelling the only place left to tell them apart.
/// </summary>
public static class GenderedRoles
{
    /// <summary>Each man's form with the woman's form of the same role.</summary>
    private static readonly (string Man, string Woman)[] Pairs =
    [
        ("spokesman", "spokeswoman"), ("chairman", "chairwoman"), ("congressman", "congresswoman"), ("councilman", "councilwoman"),
        ("assemblyman", "assemblywoman"), ("alderman", "alderwoman"), ("businessman", "businesswoman"), ("sportsman", "sportswoman"),
        ("statesman", "stateswoman"), ("policeman", "policewoman"), ("anchorman", "anchorwoman"), ("countryman", "countrywoman"),
        ("frontman", "frontwoman"), ("committeeman", "committeewoman"), ("headmaster", "headmistress"), ("actor", "actress"),
        ("waiter", "waitress"), ("steward", "stewardess"), ("host", "hostess"), ("prince", "princess"), ("emperor", "empress"),
        ("duke", "duchess"),
    ];

    private static readonly Dictionary<string, string> Other = Build();

    private static Dictionary<string, string> Build()
    {
        var other = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (man, woman) in Pairs)
        {
            other[man] = woman;
            other[woman] = man;
            other[man.EndsWith("man", StringComparison.Ordinal) ? man[..^3] + "men" : man + "s"] = PluralOf(woman);
            other[PluralOf(woman)] = man.EndsWith("man", StringComparison.Ordinal) ? man[..^3] + "men" : man + "s";
        }

        return other;
    }

    private static string PluralOf(string woman) =>
        woman.EndsWith("woman", StringComparison.Ordinal) ? woman[..^5] + "women" : woman.EndsWith("ss", StringComparison.Ordinal) ? woman + "es" : woman + "s";

    /// <summary>
    /// Whether <paramref name="said"/> is the other sex's form of the gendered role word <paramref name="asked"/>
    /// ("spokesman" said, "spokeswoman" asked); false for a neutral or unrelated word.
    /// </summary>
    public static bool IsOtherForm(string asked, string said) =>
        Other.TryGetValue(asked, out var other) && other.Equals(said, StringComparison.OrdinalIgnoreCase);
}
