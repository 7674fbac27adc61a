using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "The ferry docked at a quay outside the harbour town, starting a week of repairs at the Nordby yard": a participle
/// clause after a comma (", starting ...") tells another doing than the verb before it, and a place inside it is where
/// that doing happened. Asked where the ferry docked, the place in the asked verb's own phrase answers; the yard does not.
/// </summary>
internal static class PlaceInParticipleClause
{
    /// <summary>How much of its fit a place keeps that lies in a participle clause of a verb the question does not ask of.</summary>
    private const double OtherDoing = 0.5;

    /// <summary>How many tokens before the place the participle opening its clause may stand.</summary>
    private const int Reach = 14;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type != AnswerType.Place || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var asked = AskedDeeds.Of(question);
        if (asked.Count == 0)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        var comma = -1;
        for (var k = at - 1; k >= 0 && k >= at - Reach; k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "\u2014")
            {
                return 1.0;
            }

            if (tokens[k].Text == ",")
            {
                comma = k;
                break;
            }
        }

        if (comma < 1 || comma + 1 >= at || !IsParticiple(tokens[comma + 1]) || asked.Any(t => t.IsIn(stems[comma + 1])))
        {
            return 1.0;
        }

        // The asked verb is told before the comma, as a verb (not after an article: "the landing").
        var toldBefore = Enumerable.Range(0, comma).Any(k => tokens[k].IsWord && !tokens[k].IsCapitalized && asked.Any(t => t.IsIn(stems[k]))
            && (k == 0 || tokens[k - 1].Text.ToLowerInvariant() is not ("a" or "an" or "the")));
        return toldBefore ? OtherDoing : 1.0;
    }

    /// <summary>"opening", "starting": a lower-case verb form in "-ing" (not a noun alone, "a building").</summary>
    private static bool IsParticiple(Language.Token token)
    {
        var word = token.Text;
        if (!token.IsWord || token.IsCapitalized || word.Length <= 5 || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        // "opening" of "open", "taking" of "take", "setting" of "set".
        var relations = Language.Relations.WordRelations.Default;
        var root = word[..^3];
        return relations.IsVerb(root) || relations.IsVerb(root + "e") || (root.Length > 2 && root[^1] == root[^2] && relations.IsVerb(root[..^1]));
    }
}
