using SummitBot.Language.World;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What kind of ferry sank?" and "a Greek ferry sank": a country's name or demonym before the noun says whose the
/// thing is or where it came from, not what kind of thing it is, so such a phrase answers no "what kind" question.
/// </summary>
internal static class OriginOnly
{
    /// <summary>Whether every word (but an article) from <paramref name="start"/> up to the noun at <paramref name="head"/> belongs to a country's name or demonym.</summary>
    public static bool Is(List<Language.Token> tokens, int start, int head)
    {
        if (head <= start)
        {
            return false;
        }

        var modifiers = tokens.GetRange(start, head - start);
        var covered = new bool[modifiers.Count];
        foreach (var (from, length, _) in CountriesNamed.Spans(modifiers, anyCase: false))
        {
            for (var k = from; k < from + length && k < covered.Length; k++)
            {
                covered[k] = true;
            }
        }

        // "An Italian sailboat" at a sentence's start: the capitalized article is no word of the kind either.
        return covered.Select((c, k) => c || Language.Words.CommonWords.IsFunctionWord(modifiers[k].Text)).All(c => c);
    }
}
