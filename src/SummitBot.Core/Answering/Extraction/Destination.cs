namespace SummitBot.Answering.Extraction;

/// <summary>
/// "was bound for a buyer in Malaysia", "headed for Busan", "a cargo destined for the port of Nampho": a place after
/// "bound for", "headed for" or "destined for" (or in the noun phrase after it) is where something was going, as a
/// place after "to" is ("sailed to Busan").
/// </summary>
internal static partial class Destination
{
    /// <summary>How far back from a place the words of its destination may start.</summary>
    private const int Reach = 60;

    /// <summary>Whether the words right before the place at <paramref name="start"/> say it is where something was bound.</summary>
    public static bool Follows(string text, int start)
    {
        var from = Math.Max(0, start - Reach);
        return BoundFor().IsMatch(text.AsSpan(from, start - from));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:bound|headed|heading|destined)\s+(?:for|to)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+(?:in|at|of)\s+(?:the\s+)?)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex BoundFor();
}
