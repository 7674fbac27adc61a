using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// An acronym of the question spelt out in the sentence by the first letters of its words: "KCNA" by "Korean Central
/// News Agency", "PRC" by "People's Republic of China", "PM" by "prime minister". Joining words ("of", "the", "and",
/// "for") may stand between the spelling words, as they do in names.
/// </summary>
internal static class Initials
{
    /// <summary>
    /// A question's word written as an acronym: two to six capital letters, A to Z. (The one test for both the acronym
    /// spelt out and the acronym that a sentence has only in another case, whose regular expressions are built from the
    /// word: plain letters need no escaping.)
    /// </summary>
    public static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => c is >= 'A' and <= 'Z');

    /// <summary>
    /// Whether the sentence writes the question's acronym with full stops: "UN" (or "un", typed in lower case) of
    /// "the U.N. envoy". (The analyzer keeps an abbreviation's stops, so the two are different words to it.)
    /// </summary>
    public static bool Dotted(string word, IReadOnlyList<Token> tokens) =>
        word.Length is >= 2 and <= 6 && word.All(char.IsAsciiLetter)
        && tokens.Any(t => t.IsWord && t.Text.Contains('.') && t.Text.All(c => c == '.' || char.IsAsciiLetterUpper(c))
            && t.Text.Replace(".", string.Empty, StringComparison.Ordinal).Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether some run of <paramref name="tokens"/> spells <paramref name="acronym"/> by its words' first letters.</summary>
    public static bool Spelt(string acronym, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && char.ToUpperInvariant(tokens[i].Text[0]) == acronym[0] && SpeltFrom(acronym, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpeltFrom(string acronym, IReadOnlyList<Token> tokens, int start)
    {
        var words = new List<Token>();
        var letter = 0;
        for (var i = start; i < tokens.Count && letter < acronym.Length; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                // "People's Republic": a possessive ending belongs to the word before it.
                if (token.Text is "'s" or "\u2019s")
                {
                    continue;
                }

                return false;
            }

            if (char.ToUpperInvariant(token.Text[0]) == acronym[letter] && !token.IsAcronym)
            {
                words.Add(token);
                letter++;
            }
            else if (!IsJoiner(token.Text) || words.Count == 0)
            {
                return false;
            }
        }

        // The words of a name are capitalized ("Korean Central News Agency"); a title's may be written in lower case
        // ("prime minister"), when every word of it is a noun or its qualifier, not a run of any words that happen to
        // start with those letters.
        return letter == acronym.Length
            && (words.All(w => w.IsCapitalized || IsJoiner(w.Text)) || words.All(w => char.IsLower(w.Text[0]) && (IsJoiner(w.Text) || Language.Relations.WordRelations.Default.IsNoun(w.Text))));
    }

    internal static bool IsJoiner(string word) => word is "of" or "the" or "and" or "for" or "on" or "in";
}
