using System.Text.RegularExpressions;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "south korea's ambassador to the un": a question typed in lower case writes an acronym as a word, and "the" before
/// a word of two letters that is no function word ("the un", "the eu") shows it is one; it is read as written in
/// capitals ("the UN"), so it names the body and not a person called "Un" (as in "Kim Jong Un").
/// </summary>
internal static partial class AcronymAfterThe
{
    public static string Mend(string text) =>
        text.Contains("the ", StringComparison.OrdinalIgnoreCase) ? TwoLetters().Replace(text, Capitals) : text;

    private static string Capitals(Match match)
    {
        var word = match.Groups["word"].Value;
        return CommonWords.IsFunctionWord(word) ? match.Value : match.Groups["the"].Value + word.ToUpperInvariant();
    }

    [GeneratedRegex(@"(?<the>\b[Tt]he\s+)(?<word>[a-z]{2})\b(?!['\u2019-]\w)", RegexOptions.None, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TwoLetters();
}
