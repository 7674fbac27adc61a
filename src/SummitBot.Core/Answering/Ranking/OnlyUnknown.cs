using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did the minister answer?" and "..., though the spokesman would not say whether the minister had answered": a
/// sentence that has the asked verb only inside an open question ("whether ...", "not known if ...") says that it is not
/// known whether the deed was done, so it tells nothing of what was done, when, where or by whom.
/// </summary>
internal static class OnlyUnknown
{
    /// <summary>How much of its fit an answer keeps whose sentence has the asked deed only as an open question.</summary>
    private const double Unknown = 0.3;

    /// <summary>How many words before the verb "whether" or "if" may stand ("whether the minister had answered").</summary>
    private const int Reach = 6;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var verbs = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant())).ToList();
        if (verbs.Count == 0)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var seen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !verbs.Any(v => v.IsIn(stems[i])))
            {
                continue;
            }

            if (!InOpenQuestion(tokens, i))
            {
                return 1.0;
            }

            seen = true;
        }

        return seen ? Unknown : 1.0;
    }

    /// <summary>
    /// The word at <paramref name="i"/> stands in a clause of "whether" (which never states its content), or of "if"
    /// after words that say it is not known ("did not say if", "unclear if"), with no clause boundary between.
    /// </summary>
    private static bool InOpenQuestion(List<Language.Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - Reach; k--)
        {
            var word = tokens[k].Text.ToLowerInvariant();
            if (word is "," or ";" or ":" or "." or "that" or "and" or "but")
            {
                return false;
            }

            if (word == "whether")
            {
                return true;
            }

            if (word == "if")
            {
                return Unknowing(tokens, k);
            }
        }

        return false;
    }

    /// <summary>"did not say if", "was unclear if", "declined to say if": the words before "if" at <paramref name="at"/> say it is not known.</summary>
    private static bool Unknowing(List<Language.Token> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 4; k--)
        {
            if (tokens[k].Text.ToLowerInvariant() is "not" or "n't" or "never" or "unclear" or "unknown" or "uncertain" or "declined" or "refused" or "asked" or "wondered")
            {
                return true;
            }
        }

        return false;
    }
}
