using System.Text.RegularExpressions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "About 4,000 Chileans registered as displaced fishermen are still waiting": the things counted are said again as
/// what they are registered, listed or known as; a question counting those ("how many displaced fishermen ...?") counts
/// the same things. The words after "as", up to the clause's verb or a break.
/// </summary>
internal static partial class CountedAs
{
    public static string Words(string text, int countedEnd)
    {
        var match = AsPhrase().Match(text, countedEnd);
        return match.Success && match.Index == countedEnd ? match.Groups["what"].Value : string.Empty;
    }

    [GeneratedRegex(@"\G\s+(?:registered|listed|known|classed|classified|counted|identified|recognized|recognised)\s+as\s+(?<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?=\s+(?:are|is|were|was|have|has|had|who|that|in|on|at|by|from)\b|\s*[,.;:]|$)", RegexOptions.None, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AsPhrase();
}
