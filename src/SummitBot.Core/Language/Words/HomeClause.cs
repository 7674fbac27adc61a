namespace SummitBot.Language.Words;

/// <summary>
/// A clause of "where" that says someone lives, grew up or was born there ("for Lisbon, where she lives", "Ohio, where
/// he was born", "Dundee, where the family has lived since 1990"): whatever capitalized name stands right before it
/// is a place, since a person or a company is no place one lives in. General English.
/// </summary>
public static class HomeClause
{
    /// <summary>Verbs that say where one's home is; "grew" only with "up", "raised" only as "was raised".</summary>
    private static readonly HashSet<string> Dwelling = new(StringComparer.OrdinalIgnoreCase)
    {
        "live", "lives", "lived", "reside", "resides", "resided", "born", "raised", "grew",
    };

    /// <summary>How many words the clause's subject and helpers ("his family now", "she has") may take before its verb.</summary>
    private const int Reach = 5;

    /// <summary>Whether the tokens from <paramref name="end"/> read ", where ... lives/was born/grew up".</summary>
    public static bool Follows(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != "," || !tokens[end + 1].Is("where"))
        {
            return false;
        }

        for (var k = end + 2; k < Math.Min(tokens.Count, end + 2 + Reach); k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (Dwelling.Contains(tokens[k].Text))
            {
                // "where he grew more cautious", "where she raised funds": no home without "up" or "was".
                return tokens[k].Is("grew") ? k + 1 < tokens.Count && tokens[k + 1].Is("up")
                    : !tokens[k].Is("raised") || tokens[k - 1].Text is "was" or "were";
            }
        }

        return false;
    }
}
