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

    /// <summary>
    /// The most words read back from "worth" for the thing it tells the worth of: a phrase with its own prepositions and
    /// "and" ("trade between the two ports was worth") is read whole; read too far, it only says more, and so takes the
    /// sum away from fewer questions.
    /// </summary>
    private const int PhraseTokens = 8;

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
        return asked.Any(word => Names(question, passage, word, thing.Select(k => stems[k]))) ? 1.0 : Weight;
    }

    /// <summary>Whether a word of the question (its forms or, by its term, its related words) is among a phrase's stems.</summary>
    private static bool Names(QuestionReading question, Passage passage, string word, IEnumerable<string[]> phrase)
    {
        var term = question.Terms.FirstOrDefault(t => t.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
        var forms = passage.Analyze(word);
        return phrase.Any(stems => (term is not null && term.IsIn(stems)) || forms.Any(stems.Contains));
    }

    /// <summary>
    /// The token indices of the content words read back from a sum's "worth" (past a verb of being), the phrase it is
    /// the worth of ("offered him a used car worth ..." gives "car", "used", "offered"); null when the sum follows no
    /// "worth", or no content word is read.
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
        for (var read = 0; k >= 0 && read < PhraseTokens && !EndsPhrase(tokens[k]); k--, read++)
        {
            if (!CommonWords.IsFunctionWord(tokens[k].Text.ToLowerInvariant()))
            {
                thing.Add(k);
            }
        }

        return thing.Count == 0 ? null : thing;
    }

    /// <summary>What ends the phrase read backwards: punctuation, or a word opening a clause of its own ("if", "which").</summary>
    private static bool EndsPhrase(Token token) =>
        !token.IsWord || token.Text.ToLowerInvariant() is "which" or "that" or "who" or "if" or "when" or "because" or "while" or "whereas";
}
