using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Language.World;

/// <summary>
/// A place name of several words that the gazetteer lacks but the lexicon knows as a kind of settlement or region:
/// "new york" (the gazetteer has the city as "New York City", and no states), "new jersey", "rio de janeiro". Users type
/// these in lower case, where capitals cannot mark them as names, so without this they weigh as ordinary words and an
/// article set in the place cannot supply them. A single word is left out: every single word the lexicon knows is an
/// everyday word too to the reader ("mobile", "reading").
/// </summary>
public static class PlaceInLexicon
{
    /// <summary>What the lexicon calls a place someone can be in (one level of hypernyms, as WordNet words them).</summary>
    private static readonly HashSet<string> PlaceClasses = new(StringComparer.Ordinal)
    {
        "city", "national capital", "state capital", "provincial capital", "american state", "state", "province",
        "borough", "town", "port", "port of entry", "metropolis", "urban center", "island", "village", "country",
    };

    /// <summary>Longest run of words a lexicon place name is looked up over.</summary>
    private const int LongestName = 3;

    /// <summary>The number of words a place name starting at <paramref name="start"/> takes, or 0.</summary>
    public static int Match(IReadOnlyList<Token> tokens, int start)
    {
        // "new" is a function word to the reader, but "new york" is a name: only a preposition or an article cannot start one.
        if (!tokens[start].IsWord || CommonWords.IsPreposition(tokens[start].Text.ToLowerInvariant()) || tokens[start].Text.ToLowerInvariant() is "a" or "an" or "the")
        {
            return 0;
        }

        var best = 0;
        var name = tokens[start].Text.ToLowerInvariant();
        for (var n = 2; n <= LongestName && start + n <= tokens.Count && tokens[start + n - 1].IsWord; n++)
        {
            name += " " + tokens[start + n - 1].Text.ToLowerInvariant();
            if (IsPlace(name))
            {
                best = n;
            }
        }

        return best;
    }

    private static bool IsPlace(string name) =>
        WordRelations.Default.Related(name, Relation.Hypernym, nounOnly: true).Any(PlaceClasses.Contains);
}
