namespace SummitBot.Answering.Questions;

/// <summary>
/// "What was the winning time?", "what was her time in the race?": a time someone took to finish, a length of time
/// ("2 hours 26 minutes"), not a time of day. Only with an owner ("her time") or a word of performance ("winning",
/// "finishing", "best"): "what was the time of the launch?" still asks the hour. An owner after "the" is one in the
/// possessive ("what was the relay team's time in the final?"): "what was the local time in Lima?" asks the hour.
/// </summary>
internal static class PerformanceTime
{
    private static readonly HashSet<string> Owners = new(StringComparer.Ordinal) { "his", "her", "their", "its", "your" };

    private static readonly HashSet<string> Performance = new(StringComparer.Ordinal)
    {
        "winning", "finishing", "best", "fastest", "record", "personal", "qualifying", "race", "running", "lap", "total", "overall",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "was", "is", "were", "are" };

    /// <summary>How many words after "the" its owner's noun may stand ("the women's relay team's time").</summary>
    private const int OwnerWords = 3;

    public static bool Asks(List<string> words, int wh, IReadOnlySet<string>? owners = null)
    {
        if (wh < 0 || words[wh] != "what" || wh + 3 >= words.Count || !Copulas.Contains(words[wh + 1]))
        {
            return false;
        }

        var at = wh + 2;
        var owned = Owners.Contains(words[at]);
        if (words[at] == "the" && owners is { Count: > 0 } && OwnerAfterThe(words, at, owners) is { } owner)
        {
            owned = true;
            at = owner;
        }

        if (!owned && words[at] != "the")
        {
            // "what was Edwin Kiprop's time?" (the possessive ending is no word here): a name of one to three words.
            var name = at;
            while (name < words.Count && name < at + 3 && !Language.Words.CommonWords.IsFunctionWord(words[name]) && words[name] != "time")
            {
                name++;
            }

            if (name == at || name >= words.Count || words[name] != "time" || words.Skip(at).Take(name - at).All(Language.Words.CommonWords.IsCommon))
            {
                return false;
            }

            owned = true;
            at = name - 1;
        }

        at++;
        var performed = at < words.Count && Performance.Contains(words[at]);
        if (performed)
        {
            at++;
        }

        return at < words.Count && words[at] == "time" && (owned || performed) && (at + 1 == words.Count || words[at + 1] is "in" or "for" or "at");
    }

    /// <summary>"the unified team's time": the word written in the possessive within a few words after "the", or null.</summary>
    private static int? OwnerAfterThe(List<string> words, int the, IReadOnlySet<string> owners)
    {
        for (var k = the + 1; k < words.Count && k <= the + OwnerWords; k++)
        {
            if (owners.Contains(words[k]))
            {
                return k;
            }

            if (words[k] == "time" || Language.Words.CommonWords.IsFunctionWord(words[k]))
            {
                return null;
            }
        }

        return null;
    }
}
