using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Where did he go?" and "The two leaders then held talks at the Peace House": a place gone to is told by a verb or
/// noun of going in its clause ("a visit to Beijing", "flew to Seoul", "on his plane to Riyadh": <see cref="JourneyTo"/>); a place where something was done is not
/// where someone went.
/// </summary>
internal static class PlaceGoneTo
{
    /// <summary>How much of its fit a place keeps whose clause tells no going.</summary>
    private const double NoGoing = 0.5;

    private static readonly HashSet<string> Going = new(StringComparer.Ordinal)
    {
        "go", "goes", "went", "gone", "going", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "trip", "trips", "journey",
        "visit", "visits", "visited", "visiting", "fly", "flies", "flew", "flown", "flight", "head", "heads", "headed", "heading",
        "arrive", "arrives", "arrived", "arrival", "reach", "reached", "return", "returns", "returned", "leave", "leaves", "left", "departed",
        "drive", "drove", "driven", "land", "landed", "step", "stepped", "cross", "crossed", "move", "moved", "stop", "stopped", "stopping",
        "bound", "destined", "due", "tour", "toured", "came", "come", "comes",
    };

    /// <summary>Whether <paramref name="word"/> (lower case) is a verb or noun of going ("visit", "reached", "trip").</summary>
    public static bool IsGoing(string word) => Going.Contains(word);

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (!question.AsksWhereTo || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(passage.Text, candidate.Start);
        var tokens = passage.Analysis.Tokens;
        var journey = JourneyTo.At(passage);
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Start >= from && token.End <= Math.Max(from, to) && (Going.Contains(token.Text.ToLowerInvariant()) || journey == k) && !Leads(tokens, k))
            {
                return 1.0;
            }
        }

        return NoGoing;
    }

    /// <summary>
    /// "a defector who heads the World Institute", "a delegation headed by his sister": "head" with an object or a "by"
    /// is leading something, no going.
    /// </summary>
    private static bool Leads(List<Language.Token> tokens, int k) =>
        tokens[k].Text.ToLowerInvariant() is "head" or "heads" or "headed" or "heading" && k + 1 < tokens.Count
        && tokens[k + 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "by";
}
