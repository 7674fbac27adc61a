namespace SummitBot.Language.Words;

/// <summary>
/// Kinds of organisation a question may ask for by their noun ("which news agency", "what company", "which ministry"),
/// and the words by which a text shows that an organisation is of a kind: the head of its name ("the Foreign Ministry",
/// "the Ministry of Rural Affairs"), or a noun that describes it ("Aftonposten, a Stockholm newspaper", "the shipbuilder
/// Daesan"). WordNet relates words rather than senses, so its hypernyms make a "plan" or a "family" an organisation and
/// miss "ministry" and "newspaper": a short list of general English nouns does it instead; nothing of any one story.
/// </summary>
public static class OrganizationKinds
{
    /// <summary>
    /// Nouns that ask for an organisation of any kind ("which organisation", "what body"). Not "group": "which group
    /// sent the leaflets?" is as often answered by people the text names by what they are ("a group of defectors").
    /// </summary>
    private static readonly HashSet<string> AnyKind = new(StringComparer.OrdinalIgnoreCase)
    {
        "organisation", "organization", "body", "institution", "entity", "outfit",
    };

    private static readonly string[] Companies =
    [
        "company", "firm", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "co", "co.", "group", "holdings", "industries",
        "enterprise", "enterprises", "conglomerate", "manufacturer", "maker", "shipbuilder", "shipyard", "carmaker", "automaker", "airline",
        "carrier", "insurer", "lender", "bank", "retailer", "startup", "supplier", "contractor", "operator", "publisher", "developer",
    ];

    private static readonly string[] Newspapers =
    [
        "newspaper", "paper", "daily", "weekly", "tabloid", "times", "post", "journal", "herald", "tribune", "gazette", "sinmun", "shimbun", "ilbo",
    ];

    private static readonly string[] Broadcasters = ["broadcaster", "broadcasting", "television", "tv", "radio", "network", "channel"];

    private static readonly string[] NewsAgencies = ["news agency", "press agency", "news service", "wire service", "press"];

    /// <summary>The kinds a question may name, each with the words that show an organisation is one of them.</summary>
    private static readonly Dictionary<string, string[]> Families = new(StringComparer.OrdinalIgnoreCase)
    {
        ["agency"] = ["agency", "administration", "bureau"],
        ["news agency"] = NewsAgencies,
        ["wire service"] = NewsAgencies,
        ["ministry"] = ["ministry", "department"],
        ["department"] = ["department", "ministry"],
        ["company"] = Companies,
        ["firm"] = Companies,
        ["corporation"] = Companies,
        ["manufacturer"] = Companies,
        ["shipper"] = Companies,
        ["exporter"] = Companies,
        ["importer"] = Companies,
        ["insurer"] = Companies,
        ["conglomerate"] = Companies,
        ["shipbuilder"] = ["shipbuilder", "shipyard", "shipbuilding"],
        ["carmaker"] = ["carmaker", "automaker", "motor", "motors"],
        ["airline"] = ["airline", "airlines", "airways", "air", "carrier"],
        ["newspaper"] = Newspapers,
        ["daily"] = Newspapers,
        ["broadcaster"] = Broadcasters,
        ["outlet"] = [.. Newspapers, .. Broadcasters, .. NewsAgencies, "outlet", "media", "news", "magazine", "website"],
        ["committee"] = ["committee"],
        ["commission"] = ["commission"],
        ["council"] = ["council"],
        ["board"] = ["board"],
        ["bank"] = ["bank"],
        ["court"] = ["court", "tribunal"],
        ["party"] = ["party"],
        ["union"] = ["union"],
        ["association"] = ["association"],
        ["federation"] = ["federation"],
        ["alliance"] = ["alliance"],
        ["bureau"] = ["bureau"],
        ["authority"] = ["authority"],
        ["foundation"] = ["foundation"],
        ["charity"] = ["charity", "foundation"],
        ["institute"] = ["institute"],
        ["parliament"] = ["parliament", "assembly", "congress", "legislature", "diet", "duma"],
        ["legislature"] = ["parliament", "assembly", "congress", "legislature", "diet", "duma"],
        ["think tank"] = ["think tank", "institute", "foundation", "center", "centre"],
    };

    /// <summary>
    /// Organisations known worldwide by a name that carries no word of their kind, with their kind: news agencies
    /// ("Reuters reported ..."). General world knowledge, as a gazetteer holds capitals.
    /// </summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reuters"] = "news agency", ["xinhua"] = "news agency", ["yonhap"] = "news agency", ["kcna"] = "news agency", ["kyodo"] = "news agency",
        ["tass"] = "news agency", ["afp"] = "news agency", ["ap"] = "news agency", ["associated press"] = "news agency", ["interfax"] = "news agency",
        ["bernama"] = "news agency", ["antara"] = "news agency", ["ansa"] = "news agency", ["efe"] = "news agency", ["dpa"] = "news agency",
        ["ria novosti"] = "news agency", ["bloomberg"] = "news agency", ["agence france-presse"] = "news agency",
    };

    /// <summary>Whether <paramref name="noun"/> (lower case, singular) names a kind of organisation a question may ask for.</summary>
    public static bool IsKind(string noun) => AnyKind.Contains(noun) || Families.ContainsKey(noun);

    /// <summary>Whether <paramref name="noun"/> asks for an organisation of any kind.</summary>
    public static bool IsAnyKind(string noun) => AnyKind.Contains(noun);

    /// <summary>
    /// Nouns that, heading a description set off after a name ("Aftonposten, a Stockholm newspaper,"), say the name is an
    /// organisation's. Nouns a person may be described by as well ("a building contractor", "a publisher") are left out.
    /// </summary>
    private static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
    {
        "organisation", "organization", "body", "group", "institution", "company", "firm", "corporation", "conglomerate", "manufacturer",
        "shipbuilder", "shipyard", "carmaker", "automaker", "airline", "insurer", "bank", "newspaper", "daily", "weekly", "tabloid", "broadcaster",
        "network", "agency", "ministry", "department", "committee", "commission", "council", "board", "court", "party", "union", "association",
        "federation", "alliance", "bureau", "authority", "foundation", "charity", "institute", "startup", "outlet", "magazine",
    };

    /// <summary>Whether <paramref name="noun"/> (lower case) heading a description set off after a name says it is an organisation's.</summary>
    public static bool Describes(string noun) => Describing.Contains(noun);

    /// <summary>The kind of an organisation known by its name alone ("Reuters" → "news agency"), or null.</summary>
    public static string? KnownKind(string name) => Known.GetValueOrDefault(name.Trim());

    /// <summary>
    /// Whether an organisation whose name and description have <paramref name="words"/> (lower case, in order) is of
    /// the kind <paramref name="kind"/> names ("news agency", "ministry"): one of the kind's words, or phrases, is
    /// among them. A kind of several words the list does not hold is asked by its last ("space agency" → agency).
    /// </summary>
    public static bool IsOfKind(string kind, IReadOnlyList<string> words)
    {
        if (AnyKind.Contains(kind))
        {
            return true;
        }

        var family = Families.GetValueOrDefault(kind) ?? Families.GetValueOrDefault(kind.Split(' ')[^1]);
        if (family is null)
        {
            return false;
        }

        var text = " " + string.Join(' ', words) + " ";
        return family.Any(f => text.Contains(" " + f + " ", StringComparison.Ordinal) || (f.EndsWith('s') is false && text.Contains(" " + f + "s ", StringComparison.Ordinal)));
    }

    /// <summary>The kind a question's two nouns name: "news agency" when the list holds it, else the last noun.</summary>
    public static string KindOf(string? before, string noun) =>
        before is not null && Families.ContainsKey(before + " " + noun) ? before + " " + noun : noun;
}
