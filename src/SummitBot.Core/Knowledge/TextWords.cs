namespace SummitBot.Knowledge;

/// <summary>Words as questions and the knowledge are read: letters and digits, with an apostrophe clitic ("Biegun's"), lower case.</summary>
/// <remarks>
/// A word is a run of letters and numbers (Unicode's letter and number categories), with an apostrophe and the letters
/// after it when a letter follows the apostrophe. Read by a plain scan rather than a regular expression: every question
/// is split into words several times, and the expression's matching cost more than the rest of reading it.
/// </remarks>
public static class TextWords
{
    /// <summary>The lower-case words of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        for (var at = 0; Next(text, ref at, out var start, out var length);)
        {
            words.Add(text.Substring(start, length).ToLowerInvariant());
        }

        return words;
    }

    /// <summary>Whether <paramref name="text"/> has a word at all.</summary>
    public static bool Any(string text)
    {
        var at = 0;
        return Next(text, ref at, out _, out _);
    }

    /// <summary>Adds the lower-case words of <paramref name="text"/> to <paramref name="words"/>, allocating only for words it lacks.</summary>
    public static void AddTo(HashSet<string> words, string text)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var at = 0; Next(text, ref at, out var start, out var length);)
        {
            var word = text.AsSpan(start, length);
            if (word.Length > buffer.Length)
            {
                words.Add(word.ToString().ToLowerInvariant());
                continue;
            }

            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            lookup.Add(lower);
        }
    }

    /// <summary>
    /// The next word of <paramref name="text"/> at or after <paramref name="at"/>: its start and length, with
    /// <paramref name="at"/> moved past it; false when no word is left.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int at, out int start, out int length)
    {
        var i = at;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        // "Biegun's", "don't": an apostrophe followed by letters belongs to the word.
        if (i > start && i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsLetter(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }

        length = i - start;
        at = i;
        return length > 0;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
