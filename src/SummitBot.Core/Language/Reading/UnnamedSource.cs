using SummitBot.Language.Relations;
using SummitBot.Language.Words;

namespace SummitBot.Language.Reading;

/// <summary>
/// "One Western diplomat who has met him ... said. '...,' said the diplomat, who asked not to be named.": a role the
/// article brought in as one of many without a name ("one diplomat", "another aide") is someone new, and "the
/// diplomat" after it means that unnamed person, not the named diplomat the article is about. The same holds for a
/// role set off as anonymous ("the official, who asked not to be named", "who spoke on condition of anonymity").
/// A wrong speaker with a citation is worse than none, so such a role is left unresolved.
/// </summary>
internal static class UnnamedSource
{
    /// <summary>
    /// Words that bring in one of many unnamed ("one diplomat", "another official"). Not "a": a lede's "a U.S. envoy"
    /// is as often named a sentence later ("the envoy, Joseph Yun").
    /// </summary>
    private static readonly HashSet<string> Indefinites = new(StringComparer.OrdinalIgnoreCase) { "one", "another" };

    /// <summary>Verbs after which "a diplomat" says what someone named is, not someone new.</summary>
    private static readonly HashSet<string> Predicates = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "as", "became", "becomes", "remains", "remained", "named", "appointed",
    };

    /// <summary>Whether the role word at <paramref name="head"/> ("the diplomat") means an unnamed person.</summary>
    public static bool Means(ReadSentence? previous, ReadSentence sentence, int head) =>
        SetOffAsAnonymous(sentence.Tokens, head)
        || IntroducedWithoutName(sentence.Tokens, head, sentence.Tokens[head].Text)
        || (previous is not null && IntroducedWithoutName(previous.Tokens, previous.Tokens.Count, sentence.Tokens[head].Text));

    /// <summary>"one/another [Western, senior ...] diplomat" before <paramref name="end"/>, not followed by a name.</summary>
    private static bool IntroducedWithoutName(List<Token> tokens, int end, string role)
    {
        for (var h = 0; h < end; h++)
        {
            if (!tokens[h].Text.Equals(role, StringComparison.OrdinalIgnoreCase) || (h + 1 < tokens.Count && tokens[h + 1].IsCapitalized))
            {
                continue;
            }

            // Back over the words that qualify the role ("Western", "senior", "U.S.") to the article.
            var j = h - 1;
            while (j >= 0 && h - j <= 4 && tokens[j].IsWord && (tokens[j].IsCapitalized || RoleWords.IsRoleWord(tokens[j].Text) || WordRelations.Default.IsAdjective(tokens[j].Text.ToLowerInvariant())))
            {
                j--;
            }

            // "Moon Chung-in, a special adviser to ...", "Kim is a diplomat": a role said of someone named is theirs.
            if (j >= 0 && Indefinites.Contains(tokens[j].Text) && !(j > 0 && (tokens[j - 1].Text is "," or "(" || Predicates.Contains(tokens[j - 1].Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the diplomat, who asked not to be named" / "who spoke on condition of anonymity", or a description set off
    /// first: "the pilot, a Norwegian citizen whose name was withheld", "the guard, who was not identified".
    /// </summary>
    private static bool SetOffAsAnonymous(List<Token> tokens, int head)
    {
        var rest = string.Join(' ', tokens.Skip(head + 1).Take(10).Select(t => t.Text.ToLowerInvariant()));
        if (rest.StartsWith(", who asked not to be named", StringComparison.Ordinal)
            || rest.StartsWith(", who asked not to be identified", StringComparison.Ordinal)
            || rest.StartsWith(", who spoke on condition of anonymity", StringComparison.Ordinal)
            || rest.StartsWith(", speaking on condition of anonymity", StringComparison.Ordinal))
        {
            return true;
        }

        return RelativeAfter(tokens, head) is { } relative && WithholdsName(tokens, relative);
    }

    /// <summary>How many words a description set off after the role may have before its "who" ("a Chinese national whose ...").</summary>
    private const int DescriptionReach = 6;

    /// <summary>
    /// Where the relative clause about the role at <paramref name="head"/> begins: ", who ..." / ", whose ...", or
    /// ", a/an [description] who/whose ..."; null when the role has none.
    /// </summary>
    private static int? RelativeAfter(List<Token> tokens, int head)
    {
        var k = head + 1;
        if (k >= tokens.Count || tokens[k].Text != ",")
        {
            return null;
        }

        k++;
        if (k < tokens.Count && tokens[k].Text.ToLowerInvariant() is "a" or "an")
        {
            var limit = Math.Min(tokens.Count, k + 1 + DescriptionReach);
            k++;
            while (k < limit && tokens[k].IsWord && !IsRelative(tokens[k]))
            {
                k++;
            }
        }

        return k < tokens.Count && IsRelative(tokens[k]) ? k : null;
    }

    private static bool IsRelative(Token token) => token.Text.ToLowerInvariant() is "who" or "whose";

    /// <summary>How many words of the relative clause are read for a name withheld ("whose name has not been made public").</summary>
    private const int ClauseReach = 8;

    /// <summary>
    /// Whether the relative clause at <paramref name="start"/> says the person's name is kept back: a word of naming
    /// ("name", "named", "identified") with a denial or a word of keeping back ("not", "declined", "withheld") before the
    /// clause ends. "whose name was not released", "who was not named", "who declined to be identified".
    /// </summary>
    private static bool WithholdsName(List<Token> tokens, int start)
    {
        var words = tokens.Skip(start + 1).Take(ClauseReach).TakeWhile(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToList();
        var naming = words.FindIndex(w => w is "name" or "named" or "identified" or "identify" or "anonymity" or "anonymous");
        return naming >= 0 && (words.Take(naming + 1).Any(w => w is "not" or "n't" or "never" or "declined" or "refused" or "withheld" or "anonymity" or "anonymous")
            || words.Skip(naming + 1).Take(3).Any(w => w is "withheld" or "not"));
    }
}
