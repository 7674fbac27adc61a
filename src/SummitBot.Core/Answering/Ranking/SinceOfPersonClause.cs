using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Since when has the lighthouse been open to visitors?" and "Ines Moreau, a painter who has visited the lighthouse
/// every summer since 2011, said ...": a "since" date inside a clause opened by "who" starts the stretch of that
/// person's own deed ("has visited"), not the stretch the question asks of its subject. A question that asks "since
/// when" of a thing answers with it only when the clause tells the question's own verb.
/// </summary>
internal static class SinceOfPersonClause
{
    /// <summary>How much of its fit a "since" date keeps that starts the stretch of a person's deed told in a "who" clause.</summary>
    private const double OfThePerson = 0.3;

    /// <summary>How many tokens before the date "since" may stand ("since the spring of 2011").</summary>
    private const int Reach = 4;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage || !question.LowerWords.Contains("since"))
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 1 || !SinceBefore(tokens, at) || RelativeAside.Around(tokens, at) is not var (from, to) || !tokens[from].Is("who"))
        {
            return 1.0;
        }

        var verbs = AskedDeeds.Of(question);
        var stems = passage.Analysis.TokenStems;
        var tellsAskedDeed = Enumerable.Range(from, to - from).Any(i => tokens[i].IsWord && !tokens[i].IsCapitalized && verbs.Any(v => v.IsIn(stems[i])));
        return tellsAskedDeed ? 1.0 : OfThePerson;
    }

    /// <summary>Whether "since" stands a few words before the token <paramref name="at"/>, with no comma between.</summary>
    private static bool SinceBefore(List<Token> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - Reach && tokens[i].Text is not ("," or ";"); i--)
        {
            if (tokens[i].Is("since"))
            {
                return true;
            }
        }

        return false;
    }
}
