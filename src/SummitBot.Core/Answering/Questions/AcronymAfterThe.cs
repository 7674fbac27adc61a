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
        return CommonWords.IsFunctionWord(word) || !EndsPhrase(match) ? match.Value : match.Groups["the"].Value + word.ToUpperInvariant();
    }

    /// <summary>
    /// Only where the word ends its phrase: the question's end, punctuation or a function word after it ("to the un",
    /// "the un's envoy", "the un in 2017"). Before a noun ("the un hacking report") it is left as typed.
    /// </summary>
    private static bool EndsPhrase(Match match)
    {
        var rest = match.Result("$'").TrimStart();
        if (rest.Length == 0 || !char.IsLetter(rest[0]))
        {
            return true;
        }

        var next = new string([.. rest.TakeWhile(char.IsLetter)]).ToLowerInvariant();
        return CommonWords.IsFunctionWord(next);
    }

    [GeneratedRegex(@"(?<the>\b[Tt]he\s+)(?<word>[a-z]{2})\b(?!-\w)", RegexOptions.None, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TwoLetters();
}
