using SummitBot.Language;
using SummitBot.Language.Words;
using SummitBot.Language.World;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "Who led North Korea's negotiating team?", "who is the Japanese envoy?": a noun the question gives an owner country
/// (by a possessive or a demonym before it), the noun phrase's nouns in lower case ("envoy" and "meet" of "did the US envoy
/// meet ...": a verb that is also a noun may stand among them, which only a sentence giving it a country would weigh). A sentence that gives the same noun another
/// country ("a US team", "Seoul's envoy") tells of another thing (see Ranking's OtherOwner).
/// </summary>
internal sealed record OwnedNoun(IReadOnlySet<string> Countries, IReadOnlyList<string> Nouns)
{
    /// <summary>How many words after the owner its noun phrase may run to its head ("North Korea's chief nuclear negotiator").</summary>
    private const int Reach = 4;

    /// <summary>The first noun the question gives a country as owner, or null.</summary>
    public static OwnedNoun? Read(IReadOnlyList<Token> tokens)
    {
        foreach (var (start, length, country) in CountriesNamed.Spans(tokens, anyCase: true))
        {
            if (start > 0 && CommonWords.IsPreposition(tokens[start - 1].Text.ToLowerInvariant()))
            {
                // "the qualifier in Pyongyang played": a place after a preposition says where, it owns nothing after it.
                continue;
            }

            var after = start + length;
            if (after < tokens.Count && tokens[after].Kind == TokenKind.Possessive)
            {
                after++;
            }

            if (NounsAfter(tokens, after) is { Count: > 0 } nouns)
            {
                return new OwnedNoun(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { country }, nouns);
            }
        }

        return null;
    }

    /// <summary>
    /// The words that may be nouns in the run of lower-case content words from <paramref name="from"/>, up to a function
    /// word, a possessive or punctuation ("negotiating team" → team); none when the country stands alone.
    /// </summary>
    private static List<string> NounsAfter(IReadOnlyList<Token> tokens, int from)
    {
        var nouns = new List<string>();
        for (var i = from; i < tokens.Count && i - from < Reach; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.IsCapitalized || CommonWords.IsFunctionWord(token.Text) || CommonWords.IsPreposition(token.Text))
            {
                break;
            }

            var word = token.Text.ToLowerInvariant();
            if (Language.Relations.WordRelations.Default.IsNounForm(word))
            {
                nouns.Add(word);
            }
        }

        return nouns;
    }
}
