using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// Finds runs of capitalized words in a sentence ("U.S. Special Representative for North Korea Stephen Biegun",
/// "State Affairs Commission"), joined by "of", "for" or "the" where a capitalized word follows. A capitalized word
/// at the start of a sentence or quote starts a run only if it is not ordinary English (or is seen as a name
/// elsewhere in the article, or starts a place name or a longer run).
/// </summary>
internal static class NameRuns
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "for", "the", "de", "al", "bin", "van", "von", "la", "del", "da", "ya", "ibn", "bint", "der", "du", "di", "dos" };

    public static List<(int Start, int End)> Find(List<Token> tokens, IReadOnlySet<string> nameWords)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized || (StartsSentence(tokens, i) && !QualifiesAtStart(tokens, i, nameWords)))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count)
            {
                if (tokens[end].IsCapitalized && !StartsSentence(tokens, end))
                {
                    end++;
                }
                else if (IsJoiner(tokens, end) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
                {
                    end += 2;
                }
                else if (end == i + 1 && IsNumberedPart(tokens, i))
                {
                    // "Room 419 of the Dirksen Senate Office Building", "Gate 5": a kind of place and its number are one
                    // name; "Room" alone names no place.
                    end++;
                }
                else if (IsPluralPossessiveInName(tokens, end))
                {
                    // "the Workers' Party's Central Committee": a plural possessive inside an organisation's name.
                    end += 2;
                }
                else if (IsInnerHyphen(tokens, end) || IsHyphenedTail(tokens, i, end))
                {
                    // "U.S. Indo-Pacific Command" is one name; "Trump-Kim" stays two people's.
                    end += 2;
                }
                else if (IsJoiner(tokens, end) && end + 2 < tokens.Count && IsJoiner(tokens, end + 1) && tokens[end + 2].IsCapitalized)
                {
                    end += 3;
                }
                else
                {
                    break;
                }
            }

            runs.Add((i, end));
            i = end;
        }

        return runs;
    }

    /// <summary>The first word of the sentence, or the first word inside an opening quotation mark.</summary>
    public static bool StartsSentence(List<Token> tokens, int i) =>
        i == 0 || (tokens[i - 1].Kind == TokenKind.Quote && (i == 1 || tokens[i - 2].End < tokens[i - 1].Start)) || tokens[i - 1].Text is ":" or "(";

    /// <summary>
    /// A hyphen inside the name of an organisation ("U.S. Indo-Pacific Command"); elsewhere it joins two names ("the
    /// Trump-Kim summit", "U.S.-North Korea talks"), which stay apart.
    /// </summary>
    private static bool IsInnerHyphen(List<Token> tokens, int i)
    {
        if (tokens[i].Text != "-" || i + 2 >= tokens.Count || !tokens[i + 1].IsCapitalized || tokens[i - 1].End != tokens[i].Start || tokens[i].End != tokens[i + 1].Start)
        {
            return false;
        }

        for (var k = i + 2; k < tokens.Count && k <= i + 4 && tokens[k].IsCapitalized; k++)
        {
            if (OrganizationWords.IsHead(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalized kind of place ("Room", "Hall", "Building") followed by a whole number of its own ("Room 419").</summary>
    private static bool IsNumberedPart(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Text.All(char.IsDigit) && tokens[i].End < tokens[i + 1].Start
        && PlaceWords.TryKind(tokens[i].Text, out _);

    /// <summary>Plurals not made with "s", whose possessive is "'s" ("the People's Assembly", "the Women's Union").</summary>
    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.Ordinal) { "People", "Men", "Women", "Children" };

    /// <summary>
    /// A bare apostrophe after a capitalized plural ("Workers'"), or "'s" after a plural without "s" ("People's"),
    /// followed by the rest of an organisation's name ("Party", "Assembly"): one name, not a possessor and another name.
    /// </summary>
    private static bool IsPluralPossessiveInName(List<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Possessive || i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized
            || (tokens[i].Text.Length != 1 && !(i > 0 && IrregularPlurals.Contains(tokens[i - 1].Text))))
        {
            return false;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].IsCapitalized; k++)
        {
            if (OrganizationWords.IsHead(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "landed at Joint Base Pearl Harbor-Hickam", "at Fort Dix-Lakehurst": a capitalized word hyphened, with no space
    /// either side, to a place's name of two words or more (one after "at", "in", "near" ..., or ending in a kind of place)
    /// goes on with that name; the tokenizer splits two capitalized halves. A hyphen after a single name ("the Trump-Kim
    /// summit") or before a place of its own ("the South Korea-U.S. alliance") joins two.
    /// </summary>
    public static bool IsHyphenedTail(List<Token> tokens, int start, int i) =>
        i - start >= 2 && tokens[i].Text == "-" && i + 1 < tokens.Count && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start
        && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized && Gazetteer.Default.Match(tokens, i + 1, anyCase: false, out _) == 0
        && (PlaceWords.TryKind(tokens[i - 1].Text, out _) || AfterPlacePreposition(tokens, start));

    private static bool AfterPlacePreposition(List<Token> tokens, int start)
    {
        var k = start > 0 && tokens[start - 1].Text is "the" ? start - 2 : start - 1;
        return k >= 0 && tokens[k].Text is "in" or "at" or "near" or "outside" or "inside" or "to" or "from";
    }

    /// <summary>
    /// A small word that may go on inside a name. "of" and "for" join only after an English word ("Bank of Korea",
    /// "Center for Strategic Dialogue", "Secretary of State"): after a person's own name they begin a phrase of the
    /// sentence ("Director General Yukiya Amano for the Board of Governors", "Shinzo Abe of Japan").
    /// </summary>
    private static bool IsJoiner(List<Token> tokens, int i) =>
        Joiners.Contains(tokens[i].Text)
        && (tokens[i].Text is not ("of" or "for") || i == 0 || !tokens[i - 1].IsWord || tokens[i - 1].IsAcronym || IsEnglish(tokens[i - 1].Text));

    /// <summary>An English word or an office; a hyphened office by its last part ("Surveyor-General"), never a name's syllable ("Young-moo").</summary>
    private static bool IsEnglish(string word)
    {
        var lower = word.ToLowerInvariant();
        var last = lower[(lower.LastIndexOf('-') + 1)..];
        return RoleWords.IsRoleWord(lower) || CommonWords.IsCommon(lower) || (last.Length > 0 && RoleWords.IsRoleWord(last));
    }

    private static bool QualifiesAtStart(List<Token> tokens, int i, IReadOnlySet<string> nameWords)
    {
        var lower = tokens[i].Text.ToLowerInvariant();
        if (CommonWords.IsFunctionWord(lower))
        {
            return false;
        }

        return nameWords.Contains(lower)
            || tokens[i].IsAcronym
            || Gazetteer.Default.Match(tokens, i, anyCase: false, out _) > 0
            || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
            || !CommonWords.IsCommon(lower);
    }

    /// <summary>"Jordan said": a run right before a verb of saying is said by someone ("called" names, it does not say).</summary>
    public static bool FollowedBySpeech(List<Token> tokens, int end) => end < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[end].Text) && tokens[end].Text != "called";

    /// <summary>"President Jordan": a run right after a capitalized role's head word is the name of the one who holds it.</summary>
    public static bool PrecededByRole(List<Token> tokens, int start) => start > 0 && tokens[start - 1].IsCapitalized && RoleWords.IsHead(tokens[start - 1].Text);
}
