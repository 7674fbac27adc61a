using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the council announce the closure?" and "The council opened the library in 1964 and closed it in March
/// 2021": a question that asks when something was said, reported or made known asks the date of the telling, not of
/// the deed told. A sentence that tells no saying at all (no verb of saying, none of the question's words of telling)
/// dates only deeds, so its dates do not answer (a verb of saying in any form, "urge", or a noun of one, "a speech",
/// is a saying told); a sentence whose date is a saying's does (<see cref="DateOfSaying"/>).
/// A sentence that names the telling in other words ("the report, published in March") keeps its date.
/// </summary>
internal static class ReportNotTold
{
    /// <summary>How much of its fit a date keeps that dates a deed, asked when the telling of it was.</summary>
    private const double OfTheDeed = 0.4;

    /// <summary>Nouns that tell a saying by themselves ("used a speech on Monday to urge ...").</summary>
    private static readonly HashSet<string> SayingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "speech", "speeches", "statement", "statements", "address", "interview", "interviews", "announcement", "announcements", "broadcast", "briefing",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage || !DateOfSaying.AsksSaying(question))
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var telling = question.Terms.Where(t => SpeechVerbs.IsAttribution(t.Word) || DateOfSaying.Disclosing.Contains(t.Word)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (DateOfSaying.IsSaying(tokens[i]) || telling.Any(t => t.IsIn(stems[i]))
                || (tokens[i].IsWord && !tokens[i].IsCapitalized && (SpeechVerbs.IsAttribution(tokens[i].Text) || SayingNouns.Contains(tokens[i].Text))))
            {
                return 1.0;
            }
        }

        return OfTheDeed;
    }
}
