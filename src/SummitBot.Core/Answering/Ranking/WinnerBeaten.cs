using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "By how many points did the visitors win?" and "The hosts beat the visitors by 12 points": a verb of winning asked
/// of a side is matched by the text's other verbs of winning (<see cref="ContestVerbs"/>), which tell who won only by
/// where the side stands. A side asked as winner (named before the question's verb of winning) that the sentence names
/// only as the one beaten (after an active "beat", or before a passive "was beaten") did not win there: the sentence
/// tells the other side's win, and its margin, score or date are not of a win by the side asked.
/// </summary>
internal static class WinnerBeaten
{
    /// <summary>Forms of "be" that make the verb of winning after them passive ("was defeated by").</summary>
    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "be", "been", "being" };

    /// <summary>Words that end a clause, and with it the stretch where a side stands.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", ".", "but", "while", "although", "whereas", "though", "who", "which", "because", "after", "before", "and",
    };

    /// <summary>Why the passage tells the side asked as winner beaten, or null.</summary>
    public static string? Veto(QuestionReading question, Passage passage)
    {
        var words = question.Text.ToLowerInvariant().Split([' ', ',', '?', '.', '!', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var verb = words.FindIndex(ContestVerbs.IsWinning);
        if (verb <= 0)
        {
            return null;
        }

        var winners = question.Terms.Where(t => t.Role == TermRole.Name && words.IndexOf(t.Word.ToLowerInvariant()) is var i && i >= 0 && i < verb).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!ContestVerbs.IsWinning(tokens[k].Text))
            {
                continue;
            }

            var passive = k > 0 && Passive.Contains(tokens[k - 1].Text);
            var (before, after) = (ClauseBefore(tokens, k), ClauseAfter(tokens, k));
            bool In(QuestionTerm t, int from, int to) => Enumerable.Range(from, to - from).Any(j => t.IsIn(stems[j]));
            foreach (var winner in winners)
            {
                var beaten = passive ? In(winner, before, k) && !In(winner, k + 1, after) : In(winner, k + 1, after) && !In(winner, 0, k);
                if (beaten)
                {
                    return $"says {winner.Word} was the side beaten";
                }
            }
        }

        return null;
    }

    private static int ClauseBefore(List<Language.Token> tokens, int at)
    {
        var start = at;
        while (start > 0 && !ClauseEnds.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        return start;
    }

    private static int ClauseAfter(List<Language.Token> tokens, int at)
    {
        var end = at + 1;
        while (end < tokens.Count && !ClauseEnds.Contains(tokens[end].Text))
        {
            end++;
        }

        return end;
    }
}
