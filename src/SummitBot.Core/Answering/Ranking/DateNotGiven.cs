using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When will the league hold its vote?" and "The league said it would hold a vote later this year, without giving a
/// date": a sentence that says its date was not given ("without giving a date", "no date has been set", "did not say
/// when") tells that the time asked is not known; what time it does name ("later this year") is only a vague bound,
/// no answer to "when".
/// </summary>
internal static class DateNotGiven
{
    /// <summary>How much of its fit a date keeps in a sentence that says the date was not given.</summary>
    private const double NotKnown = 0.4;

    /// <summary>How many words may stand between the negation and the noun of a date ("no firm date", "without giving a date").</summary>
    private const int Reach = 3;

    /// <summary>Nouns of a time set for something.</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase) { "date", "dates", "timetable", "timeline", "timeframe", "deadline" };

    /// <summary>Verbs after which "when" is the time not told ("did not say when", "without specifying when").</summary>
    private static readonly HashSet<string> Telling = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "saying", "said", "specify", "specifying", "specified", "disclose", "disclosing", "disclosed", "announce", "announcing", "announced",
        "indicate", "indicating", "indicated", "clear", "known", "decided", "elaborate", "elaborating",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not AnswerType.Date || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        return SaysNotGiven(passage.Analysis.Tokens) ? NotKnown : 1.0;
    }

    /// <summary>Whether the sentence says a time was not given: a negation with a noun of a time a few words on, or "not say when".</summary>
    internal static bool SaysNotGiven(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!NegationWords.IsNegator(tokens[i].Text))
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Count && j <= i + 1 + Reach && tokens[j].IsWord; j++)
            {
                if (TimeNouns.Contains(tokens[j].Text)
                    || (tokens[j].Text.Equals("when", StringComparison.OrdinalIgnoreCase) && Telling.Contains(tokens[j - 1].Text)))
                {
                    return true;
                }
            }

            // "a date has not been set", "the timetable was not announced": the noun before its negated verb.
            for (var j = i - 1; j >= 0 && j >= i - Reach && tokens[j].IsWord; j--)
            {
                if (TimeNouns.Contains(tokens[j].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
