using SummitBot.Language.Relations;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The club closed the pitch, citing the frost" gives the club's own reason, as surely as "as" or "since" do; but
/// "citing a club official" or "citing Reuters" names where the news came from, not why.
/// </summary>
internal static class CitedSource
{
    /// <summary>How many hypernym steps may lead from a noun to "person" ("spokesman" → spokesperson → advocate → person).</summary>
    private const int PersonSteps = 4;

    /// <summary>Whether the "citing ..." clause names a source: a name first, or a kind of person before its first preposition.</summary>
    public static bool Names(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || char.IsUpper(words[1][0]))
        {
            return true;
        }

        foreach (var raw in words.Skip(1))
        {
            var word = raw.Trim(',', '.', '"', '\u201c', '\u201d').ToLowerInvariant();
            if (Language.Words.CommonWords.IsPreposition(word))
            {
                break;
            }

            if (word.Length > 2 && WordRelations.Default.IsKindOf(word, "person", PersonSteps))
            {
                return true;
            }
        }

        return false;
    }
}
