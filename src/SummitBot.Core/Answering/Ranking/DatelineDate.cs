using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "SEOUL, Aug. 25 - North Korea fired a missile ... on Wednesday": the date in a dateline, before the dash that ends
/// it, is the day the story was filed, not the day of what it tells. When the sentence gives another date after the
/// dash, that one is the deed's; the dateline's keeps little of its fit. (Alone in its sentence, the filing day may
/// still be all the story says of when, and stays.)
/// </summary>
internal static class DatelineDate
{
    /// <summary>How much of its fit a dateline's date keeps when the sentence dates its deed itself.</summary>
    private const double Filed = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var dash = Dateline.DashAt(tokens);
        if (dash < 0 || candidate.Start >= tokens[dash].Start)
        {
            return 1.0;
        }

        var kind = question.Type == AnswerType.ClockTime ? AnnotationKind.ClockTime : AnnotationKind.Date;
        return passage.Of(kind).Any(d => d.Start > tokens[dash].Start) ? Filed : 1.0;
    }
}
