namespace SummitBot.Language;

/// <summary>
/// Splits text into <see cref="Token"/>s for reading articles and questions: words (keeping abbreviations such as
/// "U.S." and "Feb." whole, and inner hyphens as in "Jae-in", but splitting "Trump-Kim" into its names), numbers
/// ("1,000", "27th"), quotation marks, possessive endings and single symbols. Offsets point into the text.
/// </summary>
public static class Tokenizer
{
    /// <summary>Abbreviations whose full stop belongs to the word (lower case, without the stop).</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof", "amb", "adm", "pres",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "approx", "est", "mt", "ft",
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = Word(text, i, tokens);
            }
            else if (char.IsDigit(c))
            {
                i = Number(text, i, tokens);
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))
                && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                tokens.Add(new Token(text.Substring(i, 2), i, i + 2, TokenKind.Possessive));
                i += 2;
            }
            else if (IsApostrophe(c) && i > 0 && text[i - 1] == 's' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                tokens.Add(new Token(text.Substring(i, 1), i, i + 1, TokenKind.Possessive));
                i++;
            }
            else
            {
                var kind = c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\'' ? TokenKind.Quote : TokenKind.Symbol;
                tokens.Add(new Token(text.Substring(i, 1), i, i + 1, kind));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The word tokens of <paramref name="text"/>, lower case, in order (no numbers, no punctuation).</summary>
    public static List<string> LowerWords(string text) => [.. Tokenize(text).Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant())];

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> has a hyphen followed by a lower-case part.</summary>
    private static bool HasLowerPart(string text, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (text[k] == '-' && char.IsLower(text[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> joins an office to its rank: "Attorney-General".</summary>
    private static bool JoinsRank(string text, int start, int hyphen)
    {
        var end = hyphen + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return Words.RoleWords.IsHyphenedOffice(text[start..end]);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static int Word(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i + 2 <= text.Length && IsInitialDot(text, start, i))
            {
                // "U.S", "D.P.R.K", "a.m": single letters joined by dots.
                i++;
            }
            else if (c is '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && !(char.IsUpper(text[start]) && char.IsUpper(text[i + 1]) && i - start > 1 && !HasLowerPart(text, start, i) && !JoinsRank(text, start, i)
                    && !DoubleBarrelledName.Joins(text, start, i)))
            {
                // "Jae-in", "long-range", "inter-Korean" stay one word; "Trump-Kim" and "U.S.-North" are split; a name
                // already hyphened through a small word ("Mar-a-Lago", "Stratford-upon-Avon") goes on; an office joined
                // to its rank ("Inspector-General") is one word, and so is a double-barrelled name after a given name
                // ("Netumbo Nandi-Ndaitwah").
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))))
            {
                // "O'Brien", "don't"; but "Korea's" leaves its "'s" to its own token.
                i++;
            }
            else
            {
                break;
            }
        }

        // The full stop of an abbreviation ("Feb.", "U.S.", "J.") is part of the word.
        if (i < text.Length && text[i] == '.' && EndsAbbreviation(text, start, i))
        {
            i++;
        }

        tokens.Add(new Token(text[start..i], start, i, TokenKind.Word));
        return i;
    }

    private static bool IsInitialDot(string text, int start, int dot) =>
        dot - start >= 1 && (dot - start == 1 || text[dot - 2] == '.') && (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]) || text[dot + 2] == '.');

    private static bool EndsAbbreviation(string text, int start, int dot)
    {
        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && (dot + 1 >= text.Length || text[dot + 1] == ' ' && dot + 2 < text.Length && !char.IsUpper(text[dot + 2]) || IsAbbreviationBeforeName(word, text, dot));
    }

    /// <summary>"Mr. Biegun", "Feb. 17", "Gen. Kim": a title or month abbreviation keeps its stop before what it qualifies.</summary>
    private static bool IsAbbreviationBeforeName(ReadOnlySpan<char> word, string text, int dot) =>
        dot + 2 < text.Length && text[dot + 1] == ' ' && (char.IsUpper(text[dot + 2]) || char.IsDigit(text[dot + 2])) && word.Length <= 4;

    private static int Number(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // Ordinal suffixes and attached units: "27th", "2nd", "1990s", "5km".
        var letters = i;
        while (letters < text.Length && char.IsLetter(text[letters]))
        {
            letters++;
        }

        var suffix = text.AsSpan(i, letters - i);
        if (suffix is "st" or "nd" or "rd" or "th" or "s" or "d")
        {
            i = letters;
        }

        tokens.Add(new Token(text[start..i], start, i, TokenKind.Number));
        return i;
    }
}
