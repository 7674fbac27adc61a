using System.Text.RegularExpressions;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who speaks for the joint chiefs?", "who speaks on behalf of the ministry?": in the present, speaking for a body is
/// an office, its spokesperson's; news names it ("said Col. Lee, a spokesman for the Joint Chiefs") and seldom says
/// "speaks for". The question is read as "who is the spokesperson for ...?", whose holder is asked, so a sentence in
/// which the body itself says something ("the Joint Chiefs said ...") does not answer it with the body or its country.
/// "Who spoke for the opposition in the debate?" tells of one occasion and is left as asked.
/// </summary>
internal static partial class SpeaksFor
{
    public static string Mend(string text) =>
        text.Contains("speaks", StringComparison.OrdinalIgnoreCase) ? Asked().Replace(text, "${who} is the spokesperson for ") : text;

    [GeneratedRegex(@"\b(?<who>[Ww]ho)\s+speaks\s+(?:for|on\s+behalf\s+of)\s+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Asked();
}
