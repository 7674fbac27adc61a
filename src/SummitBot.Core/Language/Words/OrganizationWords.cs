namespace SummitBot.Language.Words;

/// <summary>Words that end the name of an organisation ("State Department", "State Affairs Commission", "Workers' Party").</summary>
public static class OrganizationWords
{
    public static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "department", "ministry", "office", "commission", "council", "agency", "committee", "party", "assembly", "army", "navy", "forces",
        "force", "command", "service", "bureau", "administration", "government", "union", "nations", "organization", "organisation",
        "news", "institute", "university", "foundation", "association", "corporation", "company", "bank", "fund", "court", "congress",
        "senate", "parliament", "cabinet", "treasury", "pentagon", "kremlin", "group", "times", "post", "journal", "network", "federation",
        "league", "alliance", "board", "authority", "secretariat", "mission", "delegation", "directorate", "guard", "corps", "academy",
        "house", "blue", "coalition", "politburo", "presidium", "legislature", "diet", "duma", "staff", "chiefs", "centre", "center",
        "press", "conference", "daily", "herald", "tribune", "review", "monitor", "broadcasting", "television", "radio",
    };

    /// <summary>Whole names of organisations that carry none of the head words.</summary>
    public static readonly HashSet<string> Standalone = new(StringComparer.OrdinalIgnoreCase)
    {
        "pentagon", "kremlin", "treasury", "nato", "asean", "interpol", "congress", "senate", "parliament", "un", "u.n.", "eu", "iaea", "kcna",
        "reuters", "xinhua", "yonhap", "cia", "fbi", "nsa",
    };

    public static bool IsHead(string word) => Heads.Contains(word);
}
