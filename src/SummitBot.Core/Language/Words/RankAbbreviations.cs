namespace SummitBot.Language.Words;

/// <summary>
/// Ranks and offices news abbreviates before a name ("Sgt. Ola Berg", "Gov. Ana Ruiz"), spelled out. An abbreviation
/// alone says nothing to a reader who asks who someone is: "Sgt." answers as "a sergeant". <see cref="RoleWords.Heads"/>
/// takes these abbreviations for titles.
/// </summary>
public static class RankAbbreviations
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["adm."] = "admiral", ["gen."] = "general", ["lt."] = "lieutenant", ["col."] = "colonel", ["sgt."] = "sergeant",
        ["capt."] = "captain", ["gov."] = "governor", ["sen."] = "senator", ["rep."] = "representative", ["amb."] = "ambassador",
        ["pres."] = "president", ["prof."] = "professor", ["cmdr."] = "commander", ["maj."] = "major",
    };

    /// <summary>Every abbreviation, with its full stop ("sgt.").</summary>
    public static IEnumerable<string> All => Spellings.Keys;

    /// <summary>The rank a title of abbreviations only spells ("Sgt." → "a sergeant", "Lt. Gen." → "a lieutenant general"), or null.</summary>
    public static string? Spelled(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.All(Spellings.ContainsKey))
        {
            return null;
        }

        var spelled = string.Join(' ', words.Select(w => Spellings[w]));
        return ("aeiou".Contains(spelled[0], StringComparison.Ordinal) ? "an " : "a ") + spelled;
    }
}
