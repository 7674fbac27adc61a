using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How much was the painting worth?" and "the gallery offered him a flat worth $300,000 for the painting": a sum right
/// after "worth" is the worth of the noun phrase just before it (past a verb of being: "the flat is worth ..."). When
/// that phrase is named in words of its own and none of them is what the question asks the worth of, the sum is another
/// thing's worth and answers nothing asked.
/// </summary>
internal static class WorthOfOtherThing
{
    /// <summary>How much of its fit a sum keeps that the sentence gives as the worth of another thing.</summary>
    public const double Weight = 0.3;

    /// <summary>The most words read back from "worth" for the thing it tells the worth of ("a package of food aid").</summary>
    private const int PhraseTokens = 6;

    /// <summary>Verbs of being and adverbs between a thing and its "worth" ("is now worth", "was reportedly worth").</summary>
    private static readonly HashSet<string> Being = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being", "now", "reportedly", "still", "each", "together", "probably", "once",
    };

    public static double Fit(QuestionReading question, Passage passage, Annotation quantity)
    {
        if (question.WorthAsked is not { } asked || ThingWorth(passage, quantity) is not { Count: > 0 } thing)
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        var term = question.Terms.FirstOrDefault(t => t.Word.Equals(asked, StringComparison.OrdinalIgnoreCase));
        var forms = passage.Analyze(asked);
        return thing.Any(k => (term is not null && term.IsIn(stems[k])) || forms.Any(stems[k].Contains)) ? 1.0 : Weight;
    }

    /// <summary>
    /// The token indices of the content words of the noun phrase a sum after "worth" is the worth of ("a used car worth
    /// ..." gives "car" and "used"; "a package of food aid worth" reads across "of"); null when the sum follows no
    /// "worth", or the phrase is a pronoun or not found.
    /// </summary>
    private static List<int>? ThingWorth(Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var k = tokens.FindIndex(t => t.Start >= quantity.Start) - 1;
        while (k >= 0 && !tokens[k].Is("worth"))
        {
            if (!CostOfOtherThing.BeforeSum.Contains(tokens[k].Text))
            {
                return null;
            }

            k--;
        }

        for (k--; k >= 0 && tokens[k].IsWord && Being.Contains(tokens[k].Text); k--)
        {
        }

        var thing = new List<int>();
        for (var read = 0; k >= 0 && read < PhraseTokens && IsPhraseWord(tokens[k]); k--, read++)
        {
            if (!tokens[k].Is("of"))
            {
                thing.Add(k);
            }
        }

        return thing.Count == 0 ? null : thing;
    }

    /// <summary>A word of a noun phrase read backwards: a content word, or the "of" inside it; an article or a pronoun ends it.</summary>
    private static bool IsPhraseWord(Token token) =>
        token.IsWord && (token.Is("of") || !CommonWords.IsFunctionWord(token.Text.ToLowerInvariant()));
}
