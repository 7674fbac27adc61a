using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Language.Reading;

/// <summary>
/// "The youngest Dane on the crew, Ivo Rask, 19, steered": one person picked out of a group (a kind of person or a
/// nationality, with words that single them out, and the group after "in", "on", "of" or "among"), set off before a
/// name that opens its clause. The description is who the named one is; the group's noun ending it ("crew", "group",
/// "team") makes no body of the name after the comma, as "the two firms, X and Y" would.
/// </summary>
internal static class PlaceInGroup
{
    /// <summary>Prepositions that put someone inside a group.</summary>
    private static readonly HashSet<string> Within = new(StringComparer.Ordinal) { "in", "on", "of", "among", "aboard" };

    /// <summary>Words that open the group's noun phrase ("the crew", "their delegation").</summary>
    private static readonly HashSet<string> GroupOpeners = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "his", "her", "their", "its", "our" };

    /// <summary>How many lower-case words may qualify the group's noun ("the first tour group") or the person's ("the only woman").</summary>
    private const int Qualifiers = 2;

    /// <summary>Where the description set off by <paramref name="comma"/> starts (its "the" or "a"), or -1 when it is not one.</summary>
    public static int Start(List<Token> tokens, int comma)
    {
        var noun = comma - 1;
        if (noun < 4 || !IsLowerWord(tokens[noun]))
        {
            return -1;
        }

        var k = noun - 1;
        while (k > 0 && noun - k <= Qualifiers && IsLowerWord(tokens[k]) && !GroupOpeners.Contains(tokens[k].Text))
        {
            k--;
        }

        if (!GroupOpeners.Contains(tokens[k].Text) || k < 2 || !Within.Contains(tokens[k - 1].Text))
        {
            return -1;
        }

        return PersonBefore(tokens, k - 2) is >= 0 and var first && OpensClause(tokens, first) ? first : -1;
    }

    /// <summary>
    /// The "the" or "a" opening a kind of person that ends at <paramref name="head"/> ("the oldest fisherman", "a young
    /// Norwegian"), or -1. A nationality may be several capitalized words ("South African").
    /// </summary>
    private static int PersonBefore(List<Token> tokens, int head)
    {
        var k = DemonymStart(tokens, head) is >= 0 and var demonym ? demonym - 1
            : IsLowerWord(tokens[head]) && Relations.PersonNouns.IsSaidOfPerson(tokens[head].Text) && !PluralNouns.LooksPlural(tokens[head].Text) ? head - 1
            : -1;
        var qualifiers = 0;
        while (k > 0 && qualifiers < Qualifiers && IsQualifier(tokens[k]))
        {
            k--;
            qualifiers++;
        }

        return k >= 0 && (tokens[k].Is("the") || tokens[k].Is("a") || tokens[k].Is("an")) ? k : -1;
    }

    /// <summary>The first token of a nationality that ends at <paramref name="end"/> (inclusive), or -1.</summary>
    private static int DemonymStart(List<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 2); start <= end; start++)
        {
            if (tokens[start].IsCapitalized && Gazetteer.Default.Match(tokens, start, anyCase: false, out var places) == end - start + 1 && places.Any(p => p.IsDemonym))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>A word singling the person out ("oldest", "only", "first"): lower case, no article, preposition or conjunction.</summary>
    private static bool IsQualifier(Token token) =>
        token.IsWord && char.IsLower(token.Text[0]) && token.Kind != TokenKind.Possessive && !CommonWords.IsPreposition(token.Text)
        && token.Text is not ("the" or "a" or "an" or "and" or "or" or "but");

    private static bool IsLowerWord(Token token) =>
        token.IsWord && char.IsLower(token.Text[0]) && !CommonWords.IsFunctionWord(token.Text) && token.Kind != TokenKind.Possessive;

    /// <summary>The sentence's start, or after a comma, semicolon or quote: the description is the subject's, not an object's.</summary>
    private static bool OpensClause(List<Token> tokens, int first) =>
        first == 0 || tokens[first - 1].Text is "," or ";" || tokens[first - 1].Kind == TokenKind.Quote;
}
