using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SummitBot.Answering.Questions;

/// <summary>
/// Makes raw user text safe and plain: control and formatting characters (right-to-left marks, zero-width joiners),
/// emoji and other symbols become spaces, typographic quotes become plain ones, runs of white space become one space.
/// </summary>
public static partial class QuestionNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Terminal colour codes, and markup no question needs: mentions (<at>…</at>, <@U123>), HTML tags.
        // (Only looked for when the text has their first character: most questions have neither.)
        if (text.Contains('\x1B'))
        {
            text = Ansi().Replace(text, " ");
        }

        if (text.Contains('<'))
        {
            text = Markup().Replace(text, " ");
        }

        var result = new StringBuilder(text.Length);
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char keep;
            if (char.IsSurrogate(c))
            {
                // Characters outside the basic plane here are emoji and pictographs: not part of a question.
                keep = ' ';
            }
            else
            {
                keep = CharUnicodeInfo.GetUnicodeCategory(c) switch
                {
                    UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherSymbol or UnicodeCategory.PrivateUse
                        or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => ' ',
                    UnicodeCategory.SpaceSeparator => ' ',
                    _ => c switch
                    {
                        '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                        '\u2013' or '\u2014' or '\u2212' => '-',
                        _ => c,
                    },
                };
            }

            if (keep == ' ')
            {
                if (!lastWasSpace)
                {
                    result.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            result.Append(keep);
            lastWasSpace = false;
        }

        return result.ToString().Trim();
    }

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]", RegexOptions.None, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Ansi();

    [GeneratedRegex(@"<at>[^<]{0,200}</at>|<[@#!][^>\s]{0,80}>|</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,300})?/?>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: Language.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Markup();
}
