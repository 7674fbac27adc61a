namespace SummitBot.Language.Quantities;

/// <summary>
/// Words before an amount that say how exact it is or which way it may be off: "about", "nearly", "some", "more
/// than", "no more than", "up to", "at least", "as many as". They belong to the amount, of time, money, units and
/// counts alike: "no more than 500,000 barrels" is not "more than 500,000 barrels", and "nearly 3 billion dollars" is
/// not 3 billion. Ranges ("two to three weeks", "between 70 and 200 kilometres") are part of the amount too.
/// </summary>
internal static class AmountQualifiers
{
    /// <summary>Qualifiers of several words, longest first so that "no more than" wins over "more than".</summary>
    private static readonly string[][] Phrases =
    [
        ["no", "more", "than"], ["not", "more", "than"], ["no", "fewer", "than"], ["not", "fewer", "than"], ["no", "less", "than"], ["not", "less", "than"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["as", "little", "as"], ["in", "excess", "of"], ["a", "little", "over"],
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["greater", "than"], ["up", "to"], ["at", "least"], ["at", "most"], ["upwards", "of"],
        ["close", "to"], ["just", "over"], ["just", "under"], ["well", "over"], ["well", "under"], ["an", "estimated"],
    ];

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under", "just", "only", "exactly", "precisely", "barely",
    };

    /// <summary>Whether <paramref name="word"/> on its own qualifies an amount after it ("Around 28,500 troops").</summary>
    public static bool IsQualifier(string word) => Words.Contains(word);

    /// <summary>Where an amount starting at token <paramref name="start"/> starts with its range and qualifier.</summary>
    public static int From(List<Token> tokens, int start)
    {
        // "two to three weeks", "two or three days": the range is the amount.
        if (start >= 2 && tokens[start - 1].Text is "to" or "or" or "-" && NumberWords.Value(tokens[start - 2].Text) is not null)
        {
            return From(tokens, start - 2);
        }

        // "between 70 and 200 kilometres".
        if (start >= 3 && tokens[start - 1].Is("and") && NumberWords.Value(tokens[start - 2].Text) is not null && tokens[start - 3].Is("between"))
        {
            return start - 3;
        }

        foreach (var phrase in Phrases)
        {
            if (Ends(tokens, start, phrase))
            {
                return start - phrase.Length;
            }
        }

        return start >= 1 && Words.Contains(tokens[start - 1].Text) ? start - 1 : start;
    }

    private static bool Ends(List<Token> tokens, int start, string[] phrase)
    {
        if (start < phrase.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!tokens[start - phrase.Length + k].Is(phrase[k]))
            {
                return false;
            }
        }

        return true;
    }
}
