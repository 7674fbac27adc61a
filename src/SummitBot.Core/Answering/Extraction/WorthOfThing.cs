using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "How much imported medical equipment will the hospital need?" and "would need imported medical equipment worth at
/// least $50 million": how much there is of a thing may be told by what it is worth — the money right after "worth"
/// that follows the very noun the question asks the quantity of. Money said otherwise ("the project cost $5 million")
/// still tells no quantity of a thing (<see cref="AmountExtractor"/>).
/// </summary>
internal static class WorthOfThing
{
    public static bool Tells(QuestionReading question, Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= quantity.Start);
        if (at < 2 || !tokens[at - 1].Is("worth") || !tokens[at - 2].IsWord)
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems[at - 2];
        return question.Terms.Any(t => t.Role == TermRole.Content && stems.Contains(t.Stem));
    }
}
