namespace SummitBot.Language.Words;

/// <summary>
/// General English words that tell a margin: how far one thing stands ahead of or behind another, in time or in
/// distance ("0.5 seconds ahead of the field", "an hour behind London", "moved the clocks forward by 30 minutes",
/// "won by two metres"). A margin is a measure said of a gap, not of the thing itself: "the 500-metre race" names a
/// race, and tells no gap.
/// </summary>
public static class MarginWords
{
    /// <summary>The words that place one thing before or after another: asked after "how far", said after a measure.</summary>
    private static readonly HashSet<string> Sides = new(StringComparer.OrdinalIgnoreCase)
    {
        "ahead", "behind", "forward", "forwards", "back", "backward", "backwards",
    };

    /// <summary>Words right after a measure that make it a margin besides <see cref="Sides"/>: "finished two metres clear".</summary>
    private static readonly HashSet<string> AfterMeasure = new(StringComparer.OrdinalIgnoreCase) { "clear" };

    /// <summary>Verbs of winning or leading that make "by" and a measure a margin: "won by 3 seconds", "led by a metre".</summary>
    private static readonly HashSet<string> Winning = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "win", "wins", "winning", "beat", "beats", "beaten", "beating", "led", "lead", "leads", "leading", "trailed", "trail", "trails",
        "trailing", "edged", "lost",
    };

    /// <summary>Whether a word places one thing before or after another ("ahead", "behind", "forward", "back").</summary>
    public static bool IsSide(string word) => Sides.Contains(word);

    /// <summary>"how far behind ...?", "how far ahead ...?", "how far forward ...?": the question asks a margin.</summary>
    public static bool Asked(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i].Equals("how", StringComparison.OrdinalIgnoreCase) && words[i + 1].Equals("far", StringComparison.OrdinalIgnoreCase) && Sides.Contains(words[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a measure is told as a margin by the words around it: a side or "clear" right after it ("0.54 seconds
    /// ahead of", "half an hour behind"), or "by" right before it after a side or a verb of winning, a few words back
    /// ("moved its clocks forward by 30 minutes", "won the race by two seconds").
    /// </summary>
    public static bool Tells(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (after.Count > 0 && (Sides.Contains(after[0]) || AfterMeasure.Contains(after[0])))
        {
            return true;
        }

        if (before.Count < 2 || !before[^1].Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = before.Count - 2; k >= 0 && k >= before.Count - 5; k--)
        {
            if (Sides.Contains(before[k]) || Winning.Contains(before[k]))
            {
                return true;
            }
        }

        return false;
    }
}
