namespace SummitBot.Language.Words;

/// <summary>
/// Words that name what a person is (an office, a rank, a job or a relation): "president", "envoy", "counterpart",
/// "sister". General English, not words of one story. <see cref="Heads"/> can end a title; <see cref="Modifiers"/>
/// only qualify one ("special", "foreign", "deputy").
/// </summary>
public static class RoleWords
{
    /// <summary>
    /// Words that can end a title. The ranks news abbreviates before a name ("Adm. Phil Davidson", "Sen. Cory Gardner")
    /// are titles too, not names; <see cref="RankAbbreviations"/> lists them once, with their spellings.
    /// </summary>
    public static readonly HashSet<string> Heads = new(TitleWords().Concat(RankAbbreviations.All), StringComparer.OrdinalIgnoreCase);

    private static string[] TitleWords() =>
    [
        "president", "vice-president", "president-elect", "chairman", "chairwoman", "chair", "leader", "premier", "chancellor", "king", "queen",
        "prince", "princess", "emperor", "minister", "secretary", "ambassador", "envoy", "emissary", "representative", "negotiator", "diplomat",
        "delegate", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "counselor", "counsellor", "director", "chief", "head",
        "general", "admiral", "commander", "marshal", "colonel", "captain", "lieutenant", "sergeant", "officer", "official", "senator",
        "congressman", "congresswoman", "lawmaker", "legislator", "governor", "mayor", "commissioner", "attorney", "judge", "aide", "deputy",
        "counterpart", "analyst", "professor", "researcher", "scholar", "expert", "fellow", "reporter", "correspondent", "editor", "journalist",
        "columnist", "sister", "brother", "wife", "husband", "daughter", "son", "father", "mother", "uncle", "aunt", "founder", "member",
        "lady", "staffer", "strategist", "economist", "mediator", "interpreter", "translator", "envoy-designate", "coordinator", "administrator",
        "superintendent", "inspector", "undersecretary", "under-secretary", "czar", "tsar", "dictator", "ruler", "monarch", "pope", "cardinal",
        "bishop", "priest", "ceo", "chairperson", "host", "spy", "agent", "defector", "lobbyist", "spokespeople", "presidents", "leaders", "envoys",
        "ministers", "diplomats", "negotiators", "officials", "representatives", "ambassadors", "counterparts", "delegates", "aides", "lawmakers",
        "senators", "analysts", "experts", "secretary-general", "commander-in-chief", "vice-chairman", "vice-minister", "vice-premier",

        "boss", "successor", "predecessor", "superior", "manager", "supervisor",

        // Who heads a school, as "director" heads an agency: "the school's headmaster, Ola Berg".
        "headmaster", "headmistress", "headteacher",
    ];

    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "special", "foreign", "defence", "defense", "deputy", "vice", "first", "senior", "former", "top", "national", "security", "state", "staff",
        "affairs", "prime", "acting", "assistant", "executive", "supreme", "chief", "principal", "associate", "interim", "outgoing",
        "incoming", "then", "late", "high", "lead", "junior", "permanent", "ranking", "retired", "veteran", "longtime", "military",
        "intelligence", "finance", "trade", "treasury", "unification", "interior", "justice", "commerce", "energy", "health", "education",
        "presidential", "ministerial", "spy", "army", "navy", "air", "policy", "press", "public", "communications", "political",
        "economic", "nuclear", "arms", "control", "peace", "policy", "general", "vice-foreign", "first-vice", "de", "facto",
    };

    /// <summary>Offices that lead what they are of ("the leader of the party", "the head of the lab"): who "leads" or "heads" something holds one.</summary>
    public static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "head", "chief", "chairman", "chairwoman", "chair", "chairperson", "president", "director", "commander", "premier",
        "secretary-general", "boss", "manager", "ruler", "governor", "mayor", "ceo", "commander-in-chief", "superintendent", "administrator",
    };

    /// <summary>Relations that head a title ("his sister") but are never the rank after a hyphen of an office.</summary>
    private static readonly HashSet<string> Kin = new(StringComparer.OrdinalIgnoreCase)
    {
        "sister", "brother", "wife", "husband", "daughter", "son", "father", "mother", "uncle", "aunt",
    };

    /// <summary>Words that say which of a person's kin is meant ("elder son", "youngest daughter", "twin brother"); only before a kin word.</summary>
    private static readonly HashSet<string> KinQualifiers = new(StringComparer.Ordinal)
    {
        "elder", "eldest", "older", "oldest", "younger", "youngest", "twin", "only", "late", "estranged", "adopted",
    };

    /// <summary>A relation of kin ("son", "wife"), which a title may head.</summary>
    public static bool IsKin(string word) => Kin.Contains(word);

    /// <summary>A word that says which of a person's kin is meant ("elder", "youngest"), in lower case.</summary>
    public static bool QualifiesKin(string word) => KinQualifiers.Contains(word);

    public static bool IsHead(string word) => Heads.Contains(word) || IsHyphenedOffice(word);

    public static bool IsRoleWord(string word) => IsHead(word) || Modifiers.Contains(word);

    /// <summary>
    /// "Inspector-General", "Attorney-General", "Surveyor-General": an office whose capitalized rank follows a hyphen is
    /// one word, headed by its rank whatever the word before it. Only capitalized halves: lower case "three-member" is
    /// no office, and "Ri Yong-Son" ends in a syllable that English spells as kin.
    /// </summary>
    public static bool IsHyphenedOffice(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 1 || hyphen + 1 >= word.Length || !char.IsUpper(word[0]) || !char.IsUpper(word[hyphen + 1]))
        {
            return false;
        }

        var rank = word[(hyphen + 1)..];
        return Heads.Contains(rank) && !Kin.Contains(rank);
    }
}
