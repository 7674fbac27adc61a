using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language;

/// <summary>
/// "Netumbo Nandi-Ndaitwah", "Kim Jong-Un": a family name or given name of two capitalized halves is one word when a
/// given name stands right before it; so is a family name right after a capitalized office ("President Díaz-Canel
/// said"), and a given name of two halves before the one family name that ends the name ("German President
/// Frank-Walter Steinmeier and ...", "said Jean-Claude Juncker,"). Otherwise two capitalized halves are two names side
/// by side ("the Trump-Kim summit", "U.S.-North Korea talks", "the Trump-Kim Singapore summit") and are split.
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
        if (IsPlace(text[start..hyphen]) || IsPlace(text[(hyphen + 1)..secondEnd]))
        {
            return false;
        }

        return GivenNameBefore(text, start) ? !NameOrPairNounAfter(text, secondEnd)
            : (OfficeBefore(text, start) && !NameOrPairNounAfter(text, secondEnd)) || FamilyNameAfter(text, start, secondEnd);
    }

    /// <summary>"President Díaz-Canel", "Chancellor Merkel-...": a capitalized office right before the word names whose name it is.</summary>
    private static bool OfficeBefore(string text, int start)
    {
        var word = WordBefore(text, start);
        return word.Length >= 2 && char.IsUpper(word[0]) && RoleWords.IsHead(word);
    }

    /// <summary>
    /// "Frank-Walter Steinmeier and", "Jean-Claude Juncker,": one capitalized word that is no English word (no
    /// "Anti-Ballistic Missile"), no place and no event's or pair's noun, follows and ends the name (a lower-case word
    /// or punctuation after it), with no article before the pair (as "the Moon-Trump Panmunjom meeting" has): a given
    /// name of two halves before a family name.
    /// </summary>
    private static bool FamilyNameAfter(string text, int start, int end)
    {
        if (end >= text.Length || text[end] != ' ' || WordBefore(text, start).ToLowerInvariant() is "the" or "a" or "an")
        {
            return false;
        }

        var surnameEnd = LettersFrom(text, end + 1);
        var surname = text[(end + 1)..surnameEnd];
        if (surname.Length < 2 || !char.IsUpper(surname[0]) || !surname.Skip(1).All(char.IsLower) || IsPlace(surname) || EventWords.IsEventNoun(surname) || PairNouns.Contains(surname)
            || EventWords.EndsEventName(surname) || RoleWords.IsRoleWord(surname) || OrganizationWords.IsHead(surname) || PlaceWords.Kinds.ContainsKey(surname)
            || CommonWords.IsCommon(surname.ToLowerInvariant()) || Time.Calendar.IsCalendarWord(surname))
        {
            return false;
        }

        // What follows the family name: the sentence's end, punctuation, or a lower-case word (no further capitalized name, no noun the pair qualifies).
        var i = surnameEnd;
        if (i < text.Length && (text[i] == '-' || char.IsDigit(text[i])))
        {
            return false;
        }

        if (i < text.Length && text[i] == ' ')
        {
            var next = text[(i + 1)..LettersFrom(text, i + 1)];
            return next.Length == 0 || (char.IsLower(next[0]) && !EventWords.IsEventNoun(next) && !PairNouns.Contains(next));
        }

        return true;
    }

    /// <summary>The word of letters that ends right before the space before <paramref name="start"/>, or empty.</summary>
    private static string WordBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return string.Empty;
        }

        var end = start - 1;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
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

    /// <summary>
    /// "Miguel Díaz-Canel ... Díaz-Canel told Kim": a double-barrelled name the article writes as one word somewhere
    /// (a given name or an office before it there) is that one name wherever else it stands, where the tokenizer, with
    /// nothing before it, split it in two. Joins the split halves of <paramref name="tokens"/> whose word is in
    /// <paramref name="names"/> (lower case) back into one token.
    /// </summary>
    public static void JoinKnown(string text, List<Token> tokens, IReadOnlySet<string> names)
    {
        for (var i = tokens.Count - 3; i >= 0; i--)
        {
            if (tokens[i].IsCapitalized && tokens[i + 1].Text == "-" && tokens[i + 2].IsCapitalized
                && tokens[i].End == tokens[i + 1].Start && tokens[i + 1].End == tokens[i + 2].Start
                && names.Contains(text[tokens[i].Start..tokens[i + 2].End].ToLowerInvariant()))
            {
                tokens[i] = new Token(text[tokens[i].Start..tokens[i + 2].End], tokens[i].Start, tokens[i + 2].End, TokenKind.Word);
                tokens.RemoveRange(i + 1, 2);
            }
        }
    }

    /// <summary>Whether a word token is a name of two capitalized halves joined by a hyphen ("Díaz-Canel", "Frank-Walter").</summary>
    public static bool IsOne(Token token) =>
        token.IsCapitalized && token.Text.Split('-') is { Length: 2 } halves && halves.All(h => h.Length >= 2 && char.IsUpper(h[0]) && h.Skip(1).All(char.IsLower));
}
