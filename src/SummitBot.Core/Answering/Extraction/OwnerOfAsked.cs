using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "Who briefed the joint chiefs?" and "South Korea's Joint Chiefs of Staff said on Monday ...": a country that opens the
/// sentence in the possessive owns the thing said after it; when that thing is what the question names, the country
/// only says whose it is, and did nothing the question asks. Its fit as a country acting is lowered.
/// </summary>
internal static class OwnerOfAsked
{
    /// <summary>How much of its fit a country keeps that owns the very thing the question names.</summary>
    public const double Weight = 0.3;

    /// <summary>Whether <paramref name="place"/> is written in the possessive and the word it owns is one of the question's.</summary>
    public static bool Owns(QuestionReading question, Passage passage, Annotation place)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Start < place.End)
            {
                continue;
            }

            // The token right after the place: "'s" and the word owned.
            return tokens[i].Start == place.End && tokens[i].Kind == TokenKind.Possessive && tokens[i + 1].IsWord
                && question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && t.IsIn(stems[i + 1]));
        }

        return false;
    }
}
