using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When will the tunnel open?" and "Every time the council meets, we are told the tunnel will open next month": a
/// date in a sentence that tells something said or done again and again ("every time", "each time", "whenever") is
/// one of many occasions, counted from each of them, not one date of the deed; "next month" worked out from the
/// published date is not when the tunnel will open. A quote mark between the habit and the date (the attribution's
/// "said on Friday" after the quote) leaves the date the sentence's own.
/// </summary>
internal static class DateOfAHabit
{
    /// <summary>How much of its fit a date keeps that is one occasion of a habit.</summary>
    private const double OfAHabit = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0)
        {
            return 1.0;
        }

        for (var i = at - 1; i >= 0; i--)
        {
            if (tokens[i].Kind == TokenKind.Quote)
            {
                return 1.0;
            }

            if (OpensHabit(tokens, i))
            {
                return OfAHabit;
            }
        }

        return 1.0;
    }

    /// <summary>"whenever", "every time", "each time" at <paramref name="i"/>.</summary>
    private static bool OpensHabit(List<Token> tokens, int i) =>
        tokens[i].Is("whenever")
        || (tokens[i].Is("every") || tokens[i].Is("each")) && i + 1 < tokens.Count && tokens[i + 1].Is("time");
}
