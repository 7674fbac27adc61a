namespace SummitBot.Language.Words;

/// <summary>
/// General English verbs of winning a contest and of losing one: a side that "lost to" another did not beat it, so a
/// question whether it beat, defeated or won against that side is answered by the losing.
/// </summary>
public static class ContestVerbs
{
    /// <summary>Forms of winning over a side: "beat Germany", "defeated the hosts", "won against France".</summary>
    private static readonly HashSet<string> Winning = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "beaten", "beating", "defeat", "defeats", "defeated", "defeating", "win", "wins", "won", "winning",
        "overcome", "overcame", "overcomes", "overcoming",
    };

    /// <summary>Forms of losing to a side: "lost 30-19 to the hosts", "loses to France".</summary>
    private static readonly HashSet<string> Losing = new(StringComparer.OrdinalIgnoreCase) { "lost", "lose", "loses", "losing" };

    /// <summary>Whether <paramref name="word"/> is a form of winning over a side.</summary>
    public static bool IsWinning(string word) => Winning.Contains(word);

    /// <summary>Every form of winning over a side, for a question's verb of winning to find the text's other one.</summary>
    public static IReadOnlyCollection<string> WinningForms => Winning;

    /// <summary>Whether <paramref name="word"/> is a form of losing to a side.</summary>
    public static bool IsLosing(string word) => Losing.Contains(word);
}
