using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language;

/// <summary>
/// "Netumbo Nandi-Ndaitwah", "Kim Jong-Un": a family name or given name of two capitalized halves is one word when a
/// given name stands right before it. Without that word in front, two capitalized halves are two names side by side
/// ("the Trump-Kim summit", "U.S.-North Korea talks") and are split.
/// </summary>
internal static class DoubleBarrelledName
{
    /// <summary>Nouns that a pair of names qualifies ("the Moon-Trump ties"), beyond the events of <see cref="EventWords"/>.</summary>
    private static readonly HashSet<string> PairNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ties", "relations", "relationship", "border", "alliance", "rivalry", "axis", "partnership", "treaty", "pact", "line",
        "route", "flight", "flights", "railway", "highway", "pipeline", "bridge", "match", "game", "race", "channel", "hotline",
    };

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> in the word starting at <paramref name="start"/> joins one name.</summary>
    public static bool Joins(string text, int start, int hyphen)
    {
        var secondEnd = LettersFrom(text, hyphen + 1);
        return GivenNameBefore(text, start)
            && !IsPlace(text[start..hyphen]) && !IsPlace(text[(hyphen + 1)..secondEnd])
            && !NameOrPairNounAfter(text, secondEnd);
    }

    private static bool GivenNameBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var end = start - 1;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var word = text[begin..end];
        return word.Length >= 2 && char.IsUpper(word[0]) && (begin == 0 || !char.IsLetterOrDigit(text[begin - 1]) && text[begin - 1] != '-')
            && !CommonWords.IsFunctionWord(word.ToLowerInvariant()) && !CommonWords.IsPreposition(word.ToLowerInvariant())
            && !RoleWords.IsRoleWord(word.ToLowerInvariant()) && !IsPlace(word);
    }

    /// <summary>"Donald Trump-Kim Jong Un": another capitalized word goes on after it; "Trump-Kim summit": a noun the pair qualifies.</summary>
    private static bool NameOrPairNounAfter(string text, int end)
    {
        var i = end;
        if (i + 1 < text.Length && Tokenizer.IsApostrophe(text[i]) && text[i + 1] is 's' or 'S')
        {
            i += 2;
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var next = text[(i + 1)..LettersFrom(text, i + 1)];
        return next.Length > 0 && (char.IsUpper(next[0]) || EventWords.IsEventNoun(next) || PairNouns.Contains(next));
    }

    private static int LettersFrom(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A country, capital or continent ("Korea-Japan", "Seoul-Washington"); a town of the same name as a family ("Bello") is no bar.</summary>
    private static bool IsPlace(string word) =>
        Gazetteer.Default.Find(word).Any(p => p.Kind is PlaceKind.Country or PlaceKind.Capital or PlaceKind.Continent);
}
