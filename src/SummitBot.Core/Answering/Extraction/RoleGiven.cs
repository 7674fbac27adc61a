using System.Text.RegularExpressions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Kim Chang-su, 55, a former senior presidential aide who was named the office's secretary general on Thursday": a
/// relative clause after a person's title that gives the person a new office ("who was named / appointed / elected /
/// made ...") says what the person is now; the title before it is what they were. Told together, the answer to "who is
/// X?" says both, up to the clause's date, place or the next comma.
/// </summary>
internal static partial class RoleGiven
{
    [GeneratedRegex(@"^\s*,?\s*who\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:named|appointed|elected|made|promoted\s+to|chosen\s+as|sworn\s+in\s+as|installed\s+as)\s+(?<role>[^,.;:]+?)(?=\s+(?:on|in|last|this|earlier|by|after|before|since|at|to|from|for)\b|\s*[,.;:]|\s*$)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Clause();

    /// <summary>The end (in the sentence) of a relative clause giving a new office right after the title ending at <paramref name="end"/>, or null.</summary>
    public static int? ClauseEnd(string text, int end) => Role(text, end) is { } role ? role.Start + role.Length : null;

    /// <summary>The office a relative clause right after the title ending at <paramref name="end"/> gives ("the office's secretary general"), or null.</summary>
    public static (int Start, int Length)? Role(string text, int end)
    {
        var match = Clause().Match(text, end, text.Length - end);
        if (!match.Success || match.Index != end)
        {
            return null;
        }

        var role = match.Groups["role"];
        var words = role.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8 && words.Any(w => Language.Words.RoleWords.IsHead(w)) ? (role.Index, role.Length) : null;
    }
}
