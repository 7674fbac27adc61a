using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.World;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who led North Korea's negotiating team?" is not answered by "... negotiating with a US team led by Joe Hagin": the
/// noun the question gives an owner country (<see cref="QuestionReading.OwnedNoun"/>) stands nearest the candidate with
/// another country before it ("a US team", "Seoul's team", "the American team"), so the candidate answers about
/// another country's thing. A noun with no country before it, or with the one asked, says nothing against it.
/// </summary>
internal static class OtherOwner
{
    /// <summary>How much of its fit a candidate keeps whose nearest such noun is another country's.</summary>
    private const double Other = 0.2;

    /// <summary>How many tokens before the noun its phrase may reach back for a country ("a US negotiating team").</summary>
    private const int Reach = 4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.OwnedNoun is not { } owned || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var stems = owned.Nouns.SelectMany(passage.Analyze).ToHashSet(StringComparer.Ordinal);
        var tokens = passage.Analysis.Tokens;
        var nearest = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && passage.Analysis.TokenStems[i].Any(stems.Contains)
                && (nearest < 0 || Distance(tokens[i], candidate) < Distance(tokens[nearest], candidate)))
            {
                nearest = i;
            }
        }

        if (nearest < 0)
        {
            return 1.0;
        }

        var countries = OwnersBefore(tokens, nearest);
        return countries.Count > 0 && !countries.Overlaps(owned.Countries) ? Other : 1.0;
    }

    private static int Distance(Token token, AnswerCandidate candidate) =>
        token.End <= candidate.Start ? candidate.Start - token.End : token.Start >= candidate.End ? token.Start - candidate.End : 0;

    /// <summary>
    /// The countries named in the noun phrase before the noun at <paramref name="at"/>, back to its article or the first
    /// word that cannot be inside it ("a US team", "Seoul's team"); a possessive may stand in it.
    /// </summary>
    private static HashSet<string> OwnersBefore(List<Token> tokens, int at)
    {
        var first = at;
        for (var k = at - 1; k >= 0 && at - k <= Reach; k--)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Possessive && (!token.IsWord || token.Text.ToLowerInvariant() is "and" or "or" || Language.Words.CommonWords.IsPreposition(token.Text)))
            {
                break;
            }

            if (token.Text.ToLowerInvariant() is "a" or "an" or "the" or "its" or "their" or "his" or "her")
            {
                break;
            }

            first = k;
        }

        var phrase = tokens.Skip(first).Take(at - first).ToList();
        return CountriesNamed.Spans(phrase, anyCase: false).Select(s => s.Country).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
