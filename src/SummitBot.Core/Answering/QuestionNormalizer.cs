using System.Globalization;
using System.Text;

namespace SummitBot.Answering;

/// <summary>
/// Makes raw user text safe and plain: control and formatting characters (right-to-left marks, zero-width joiners),
/// emoji and other symbols become spaces, typographic quotes become plain ones, runs of white space become one space.
/// </summary>
public static class QuestionNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
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
}
