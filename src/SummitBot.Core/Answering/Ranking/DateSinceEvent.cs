using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the curator last tour Kaesong?" and "The curator has toured Kaesong three times since her election in
/// 2017": a date after "since" opens the stretch of time the deed is counted in; it says when that stretch began (when
/// "her election" was), not when the deed was done. It answers a question that asks of what the "since" phrase tells
/// ("when was she elected?", a word of it between "since" and the date) or asks "since when"; nor is it lowered when
/// "since" opens a clause of its own verb, or follows a first ("the first visit since 2017": the one before was then).
/// </summary>
internal static class DateSinceEvent
{
    /// <summary>How much of its fit a date keeps that starts the stretch a deed is counted in.</summary>
    private const double StartOfStretch = 0.3;

    /// <summary>How many tokens before the date "since" may stand ("since his appointment as envoy last year").</summary>
    private const int Reach = 6;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage || question.LowerWords.Contains("since"))
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        for (var i = at; i >= 0 && i >= at - Reach && tokens[i].Text is not ("," or ";"); i--)
        {
            if (tokens[i].Is("since"))
            {
                var between = Enumerable.Range(i + 1, Math.Max(0, at - i - 1)).ToList();
                var stems = passage.Analysis.TokenStems;
                var asked = between.Any(k => question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(stems[k])));
                return asked || between.Any(k => IsVerbOrSubject(tokens[k])) || TellsFirst(tokens, i) ? 1.0 : StartOfStretch;
            }
        }

        return 1.0;
    }

    /// <summary>
    /// "since it was founded in 1997": a clause of its own after "since" (a subject, a verb) dates that verb, which may
    /// be what is asked in other words ("when did it start?"); only a noun ("since his election") is left for less.
    /// </summary>
    private static bool IsVerbOrSubject(Language.Token token)
    {
        var word = token.Text.ToLowerInvariant();
        return word is "it" or "he" or "she" or "they" or "we" or "i" or "was" or "were" or "is" or "are" or "has" or "had" or "have" or "been"
            || (word.EndsWith("ed", StringComparison.Ordinal) && Language.Relations.WordRelations.Default.IsVerb(word));
    }

    /// <summary>
    /// "its first launch of this kind since November 2017": a first (or only) since a date says the one before was
    /// then, the answer to "when was the last one?".
    /// </summary>
    private static bool TellsFirst(List<Language.Token> tokens, int since)
    {
        for (var i = since - 1; i >= 0 && tokens[i].Text is not (";" or "."); i--)
        {
            if (tokens[i].Text.ToLowerInvariant() is "first" or "only")
            {
                return true;
            }
        }

        return false;
    }
}
