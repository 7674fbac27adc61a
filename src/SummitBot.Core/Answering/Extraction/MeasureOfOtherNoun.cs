using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "shipped in 25-kilogram bags", "a 12-metre mast": a measure joined to its unit by a hyphen is an adjective, the size
/// of the noun it stands before, one of a kind ("each bag weighs 25 kilograms"). Asked how big or heavy something else
/// is ("how big is the grain reserve?"), it measures none of what is asked; when the nouns after it are the question's
/// (or related to them: "how heavy is each sack?" of "25-kilogram bags"), it may.
/// </summary>
internal static class MeasureOfOtherNoun
{
    /// <summary>How much of its fit a measure keeps that sizes a noun the question does not name.</summary>
    public const double Weight = 0.3;

    /// <summary>The most words of the noun phrase after the measure read for the question's words.</summary>
    private const int PhraseWords = 3;

    public static double Fit(QuestionReading question, Passage passage, Annotation quantity)
    {
        var text = passage.Text;
        if (!quantity.Detail.StartsWith("unit:", StringComparison.Ordinal) || !text[quantity.Start..quantity.End].Contains('-', StringComparison.Ordinal)
            || quantity.Detail is "unit:percent" or "unit:%")
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        if (next < 0 || !text[quantity.End..tokens[next].Start].All(char.IsWhiteSpace))
        {
            return 1.0;
        }

        var phrase = new List<int>();
        for (var k = next; k < tokens.Count && phrase.Count < PhraseWords && tokens[k].IsWord && !CommonWords.IsFunctionWord(tokens[k].Text) && !CommonWords.IsPreposition(tokens[k].Text); k++)
        {
            phrase.Add(k);
        }

        if (phrase.Count == 0)
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        return phrase.Any(k => question.Terms.Any(t => t.IsIn(stems[k]))) ? 1.0 : Weight;
    }
}
