using SummitBot.Language;
using SummitBot.Language.World;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// A place said by a noun of its kind rather than by its name. "made a similar speech in the city": "the city", "the
/// German capital" with nothing after the noun is a reference back to a place named before, which it does not say
/// itself. "seeking asylum in a Western country", "in an Asian capital": a noun of the kind after "a" or "an" names no
/// particular place, so it answers no question of which one (and "where" only with a named place beside it, as "a villa
/// outside Stockholm").
/// </summary>
internal static class DescribedPlace
{
    /// <summary>
    /// Whether the phrase from the article at <paramref name="article"/> to its place noun at <paramref name="noun"/>,
    /// ending there, is "the" and only lower-case words or adjectives of countries before the noun: a reference back.
    /// </summary>
    public static bool RefersBack(List<Token> tokens, int article, int noun, int end)
    {
        if (!tokens[article].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || noun != end - 1)
        {
            return false;
        }

        for (var k = article + 1; k < noun; k++)
        {
            if (!tokens[k].IsWord || (tokens[k].IsCapitalized && !IsDemonym(tokens[k].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> opens an indefinite description ("a", "an").</summary>
    public static bool IsIndefinite(string word) => word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the span starting at <paramref name="start"/> follows "a" or "an": "a Western country" read as a named one.</summary>
    public static bool AfterIndefinite(string text, int start)
    {
        var end = start;
        return IsIndefinite(Spans.PreviousWord(text, ref end).ToString());
    }

    private static bool IsDemonym(string word) => Gazetteer.Default.Find(word) is { Count: > 0 } places && places.All(p => p.IsDemonym);
}
