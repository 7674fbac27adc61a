using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "What was the score against Japan?" of "lost 3-0 to Japan": a score is two small numbers joined by a hyphen. It
/// belongs to the side named right beside it ("beaten Ukraine 3-1" is the score against Ukraine; "3-0 to Japan" the
/// one against Japan), so where the question names a side, only a score beside that name answers.
/// </summary>
internal static class MatchScore
{
    /// <summary>The most digits of either side of a score: "2017-18" is a season, not a score.</summary>
    private const int Digits = 2;

    /// <summary>Words that lead from a score to the other side: "3-0 to Japan", "2-1 against Ghana", "4-2 over Peru".</summary>
    private static readonly HashSet<string> Toward = new(StringComparer.OrdinalIgnoreCase) { "to", "against", "over", "with" };

    public static IEnumerable<AnswerCandidate> In(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var sides = question.Terms.Where(t => t.Role == TermRole.Name).ToList();
        if (sides.Count == 0 && question.Recalled is not null && Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).Count(k => IsScore(tokens, k)) > 1)
        {
            // "and what was the score?" after "who did they beat?" names no side: of two scores the sentence gives, either may be meant.
            yield break;
        }

        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!IsScore(tokens, k) || (sides.Count > 0 && !Beside(sides, passage, k, k + 3)))
            {
                continue;
            }

            var start = tokens[k].Start;
            var stop = tokens[k + 2].End;
            yield return new AnswerCandidate(passage, AnswerType.What, passage.Text[start..stop], start, stop, 1.0) { Note = "the score the sentence gives" };
        }
    }

    /// <summary>"3-0" written as one: number, hyphen, number, nothing between, and no further hyphen ("1-2-3").</summary>
    private static bool IsScore(List<Token> tokens, int k) =>
        Small(tokens[k]) && tokens[k + 1].Text == "-" && Small(tokens[k + 2])
        && tokens[k].End == tokens[k + 1].Start && tokens[k + 1].End == tokens[k + 2].Start
        && (k == 0 || tokens[k - 1].Text is not ("-" or "$"))
        && (k + 3 == tokens.Count || tokens[k + 3].Text != "-");

    private static bool Small(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length <= Digits && token.Text.All(char.IsDigit);

    /// <summary>A side the question names stands just before the score, or just after it behind "to", "against" ...</summary>
    private static bool Beside(List<QuestionTerm> sides, Passage passage, int first, int after)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var before = first - 1;
        if (before >= 0 && tokens[before].IsCapitalized && sides.Any(s => s.IsIn(stems[before])))
        {
            return true;
        }

        var next = after < tokens.Count && Toward.Contains(tokens[after].Text) ? after + 1 : -1;
        return next > 0 && next < tokens.Count && sides.Any(s => s.IsIn(stems[next]));
    }
}
