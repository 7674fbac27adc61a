namespace SummitBot.Answering.Extraction;

/// <summary>
/// "held at the Sailors' Hall" or "at the Workers' Palace of Sport", "the Children's Palace of Music": a name the
/// gazetteer does not know, followed by "'s" and more capitalised words, is not an owner but the first word of one
/// longer name, which is the place; a known place in the possessive ("Norway's Bergen") stays the owner.
/// </summary>
internal static class PossessiveName
{
    /// <summary>Small words a name keeps between its capitalised words ("Palace of Culture").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on" };

    /// <summary>The end of the whole name when one goes on past "'s" at <paramref name="end"/>; <paramref name="end"/> itself when none does.</summary>
    public static int End(string text, int end)
    {
        if (!(text.AsSpan(end).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s ", StringComparison.Ordinal)))
        {
            return end;
        }

        var at = end + 3;
        var last = end;
        var words = text[at..].Split(' ');
        var position = at;
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k].TrimEnd(',', '.', ';', ':', '"', '\u201D', ')');
            if (word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                last = position + word.Length;
            }
            else if (!Joiners.Contains(word) || last == end)
            {
                break;
            }

            if (word.Length != words[k].Length)
            {
                break;
            }

            position += words[k].Length + 1;
        }

        return last;
    }
}
