using System.Text.RegularExpressions;

namespace SummitBot.Knowledge;

/// <summary>Words as questions and the knowledge are read: letters and digits, with an apostrophe clitic ("Biegun's"), lower case.</summary>
public static partial class TextWords
{
    /// <summary>The lower-case words of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            words.Add(text.Substring(match.Index, match.Length).ToLowerInvariant());
        }

        return words;
    }

    /// <summary>Whether <paramref name="text"/> has a word at all.</summary>
    public static bool Any(string text) => Pattern().IsMatch(text);

    /// <summary>Adds the lower-case words of <paramref name="text"/> to <paramref name="words"/>, allocating only for words it lacks.</summary>
    public static void AddTo(HashSet<string> words, string text)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length);
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

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?", RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}
