using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How long did the ferry crossing take?" and "The group crossed to the island by ferry on Monday, then walked for
/// six hours to the lighthouse": a length in a clause joined on by ", then" (", and then", ", and", ", but", ";") is
/// how long that clause's own doing lasted. When none of the question's words stand in that clause and some stand
/// before it, the length tells of another leg or deed than the one asked, whose own length the sentence does not give.
/// </summary>
internal static class LengthOfOtherClause
{
    /// <summary>How much of its fit a length keeps that measures a joined clause's doing, none of whose words are asked.</summary>
    private const double OtherDoing = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not AnswerType.Duration || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        return at >= 0 && JoinedClause.Around(tokens, at, Opens) is var (from, to) && JoinedClause.TellsOtherThanAsked(question, passage, from, to)
            ? OtherDoing
            : 1.0;
    }

    /// <summary>
    /// Whether a joined clause starts at token <paramref name="i"/>: as <see cref="JoinedClause.Opens"/>, or right
    /// after ", then" (the next leg of what the subject did, with its own verb and no subject of its own).
    /// </summary>
    private static bool Opens(List<Token> tokens, int i) =>
        JoinedClause.Opens(tokens, i)
        || (i > 1 && i < tokens.Count && tokens[i - 1].Is("then") && (tokens[i - 2].Text == "," || (i > 2 && tokens[i - 2].Is("and") && tokens[i - 3].Text == ",")));
}
