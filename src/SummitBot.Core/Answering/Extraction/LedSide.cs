using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "talks between Chinese officials and an American delegation led by Dana Whitfield": the thing a person is said to
/// lead, and the countries its words name. Asked who led a country's side, the one who led another country's
/// delegation did not, whatever the sentence says of the side asked.
/// </summary>
internal static class LedSide
{
    /// <summary>Past participles of leading a side, as "by" follows them.</summary>
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "headed", "chaired", "commanded", "represented",
    };

    /// <summary>How many words before "led by" the noun phrase led may reach back.</summary>
    private const int Reach = 5;

    /// <summary>
    /// The countries named (by name or demonym) in the noun phrase right before "led by" and the person ("an American
    /// delegation led by ..."), back to its article or the first word that cannot be inside it; empty when the sentence
    /// does not say so.
    /// </summary>
    public static HashSet<string> Countries(Passage passage, Annotation person)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start == person.Start);
        if (at < 3 || !tokens[at - 1].Is("by") || !Leading.Contains(tokens[at - 2].Text))
        {
            return [];
        }

        var first = at - 2;
        for (var k = at - 3; k >= 0 && at - 2 - k <= Reach; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || token.Text.ToLowerInvariant() is "and" or "or" || Language.Words.CommonWords.IsPreposition(token.Text))
            {
                break;
            }

            first = k;
            if (token.Text.ToLowerInvariant() is "a" or "an" or "the" or "its" or "their")
            {
                break;
            }
        }

        return first < at - 2 ? Language.World.CountriesNamed.ByNameOrDemonym(passage.Text[tokens[first].Start..tokens[at - 3].End]) : [];
    }
}
