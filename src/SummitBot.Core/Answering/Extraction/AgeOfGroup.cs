using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How old were the two fishermen?" and "The men, aged 22 and 23, were ..." after a sentence about two fishermen: an
/// age the reader gave no person (<see cref="AgeReader"/>: a noun of persons and "aged") answers a question that names
/// no one when every word the question describes the people by is the noun's, in the noun phrase before the age, or in
/// what the sentence refers back to (<see cref="GroupReference"/>: "two North Korean fishermen").
/// </summary>
internal static class AgeOfGroup
{
    /// <summary>The most tokens read back from the age for the noun phrase it is set off from ("The two men, aged").</summary>
    private const int Reach = 6;

    public static bool Describes(QuestionReading question, Passage passage, Annotation age)
    {
        var described = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Number).ToList();
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= age.Start);
        if (described.Count == 0 || at < 3)
        {
            return false;
        }

        // Back past "aged" and the comma, over the noun phrase to the sentence's start or a break.
        var stems = passage.Analysis.TokenStems;
        var words = new List<string>();
        for (var k = at - 3; k >= 0 && at - 3 - k < Reach && tokens[k].IsWord; k--)
        {
            words.AddRange(stems[k]);
        }

        return described.All(t => t.IsIn(words) || passage.Context.Contains(t.Stem));
    }
}
