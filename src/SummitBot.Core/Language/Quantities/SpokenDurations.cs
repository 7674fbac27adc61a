namespace SummitBot.Language.Quantities;

/// <summary>
/// Lengths of time said with "a" or "half" rather than a number: "an hour", "a week", "an hour and a half", "half an
/// hour", "a half hour". A bare "a day" is a length of time only where one is expected: after "for", "in", "within",
/// "over", "after", a qualifier ("nearly a week", "more than a year") or a verb ("spent a week", "talked an hour"), or before
/// "later"/"earlier"/"before"/"after"/"ago"; not in "once a day", "twice a year" or "$5 a day".
/// </summary>
internal static class SpokenDurations
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase) { "minute", "hour", "day", "week", "month", "year", "decade" };

    /// <summary>Words before "a day" that make it a length of time; "after a month" is a month's wait before a deed.</summary>
    private static readonly HashSet<string> Expecting = new(StringComparer.OrdinalIgnoreCase) { "for", "in", "within", "over", "than", "lasting", "spending", "after" };

    /// <summary>A length of time said in words from token <paramref name="i"/>: its value, the token of its unit and where its words end.</summary>
    public static (double Value, int UnitAt, int End)? At(List<Token> tokens, int i, IReadOnlySet<string> relations)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        if (word == "half" && IsArticle(tokens, i + 1) && IsUnit(tokens, i + 2))
        {
            return (0.5, i + 2, i + 3);
        }

        if (!IsArticle(tokens, i))
        {
            return null;
        }

        if (i + 2 < tokens.Count && tokens[i + 1].Is("half") && IsUnit(tokens, i + 2))
        {
            return (0.5, i + 2, i + 3);
        }

        if (!IsUnit(tokens, i + 1))
        {
            return null;
        }

        if (NumberWords.AndAHalf(tokens, i + 2))
        {
            return (1.5, i + 1, i + 5);
        }

        var relative = i + 2 < tokens.Count && relations.Contains(tokens[i + 2].Text);
        return relative || Expected(tokens, i) ? (1, i + 1, i + 2) : null;
    }

    /// <summary>Whether the words before "a day" make it a length of time.</summary>
    private static bool Expected(List<Token> tokens, int i)
    {
        var from = AmountQualifiers.From(tokens, i);
        if (from < i)
        {
            return true;
        }

        return i > 0 && (Expecting.Contains(tokens[i - 1].Text) || VerbForms.IsVerbHere(tokens[i - 1].Text));
    }

    private static bool IsArticle(List<Token> tokens, int i) => i < tokens.Count && tokens[i].Text.ToLowerInvariant() is "a" or "an";

    private static bool IsUnit(List<Token> tokens, int i) => i < tokens.Count && Units.Contains(tokens[i].Text);
}
