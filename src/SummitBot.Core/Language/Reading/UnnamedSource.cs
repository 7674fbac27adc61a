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

    /// <summary>"the diplomat, who asked not to be named" / "who spoke on condition of anonymity".</summary>
    private static bool SetOffAsAnonymous(List<Token> tokens, int head)
    {
        var rest = string.Join(' ', tokens.Skip(head + 1).Take(10).Select(t => t.Text.ToLowerInvariant()));
        return rest.StartsWith(", who asked not to be named", StringComparison.Ordinal)
            || rest.StartsWith(", who asked not to be identified", StringComparison.Ordinal)
            || rest.StartsWith(", who spoke on condition of anonymity", StringComparison.Ordinal)
            || rest.StartsWith(", speaking on condition of anonymity", StringComparison.Ordinal);
    }
}
