using System.Text.RegularExpressions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "American troops arrived at the Yongsan Garrison ... Seoul wants the land back because the garrison sits on prime
/// ground": news names a thing once in full and goes on with "the" and the last word of its name, in lower case ("the
/// garrison", "the foundation", "the trophy"). Such a sentence speaks of the thing, though it does not name it again.
/// The word must be a common noun (WordNet's) and no role ("the envoy" is a person's), the name it refers to is the latest name of
/// several words ending in that word before it in the article, and the article never uses that word capitalized on its
/// own (as a surname is: "Park said"), so a person's name is never taken for a thing's.
/// </summary>
internal static partial class NameByHead
{
    /// <summary>How many sentences back the name may have been given.</summary>
    private const int Reach = 40;

    /// <summary>The names of several words that the sentence refers to by "the" and their last word (as written in the article).</summary>
    public static IReadOnlyList<string> Referred(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        List<string>? names = null;
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (!tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || !tokens[i].IsWord || tokens[i].IsCapitalized || word.Length < 3
                || !word.All(char.IsLetter) || !WordRelations.Default.IsNoun(word) || RoleWords.IsRoleWord(word)
                || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized))
            {
                continue;
            }

            var head = char.ToUpperInvariant(word[0]) + word[1..];
            if (LatestName(passage, head, tokens[i].Start) is { } name && !UsedAlone(passage, head))
            {
                (names ??= []).Add(name);
            }
        }

        return names ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The latest name of several capitalized words ending in <paramref name="head"/> before <paramref name="before"/> in the sentence, or in the sentences before it.</summary>
    private static string? LatestName(Passage passage, string head, int before)
    {
        if (Last(passage.Text[..before], head) is { } here)
        {
            return here;
        }

        for (var offset = -1; offset >= -Reach && passage.Beside(offset) is { } earlier; offset--)
        {
            if (Last(earlier.Text, head) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? Last(string text, string head)
    {
        string? last = null;
        foreach (Match m in NameRun().Matches(text))
        {
            var words = m.Value.Split(' ');
            if (words.Length >= 2 && words[^1] == head && !words[0].Equals("The", StringComparison.Ordinal))
            {
                last = m.Value;
            }
            else if (words.Length >= 3 && words[^1] == head && words[0] == "The")
            {
                last = string.Join(' ', words[1..]);
            }
        }

        return last;
    }

    /// <summary>Whether the article writes <paramref name="head"/> capitalized with no capitalized word before it, past a sentence's first word ("said Park").</summary>
    private static bool UsedAlone(Passage passage, string head)
    {
        if (Alone(passage.Text, head))
        {
            return true;
        }

        for (var direction = -1; direction <= 1; direction += 2)
        {
            for (var offset = direction; passage.Beside(offset) is { } beside; offset += direction)
            {
                if (Alone(beside.Text, head))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Alone(string text, string head)
    {
        foreach (Match m in Regex.Matches(text, $@"(\S+)\s+{Regex.Escape(head)}\b"))
        {
            var before = m.Groups[1].Value.Trim('"', '\u201C', '(');
            if (before.Length > 0 && !char.IsUpper(before[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of capitalized words ("Yongsan Garrison", "The Nebelhorn Trophy").</summary>
    [GeneratedRegex(@"\b[A-Z][\p{L}'\-]*(?:\s+[A-Z][\p{L}'\-]*)+")]
    private static partial Regex NameRun();
}
