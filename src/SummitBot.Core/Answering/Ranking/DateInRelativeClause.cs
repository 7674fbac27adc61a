using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the seized ship reach port?" and "The Osprey, a tanker that the navy seized last week, reached port on
/// Monday": a date inside a relative clause ("that the navy seized last week", or a participle's: ", seized last week,") is the time of the clause's own verb,
/// said of a noun in passing. When a date follows the clause, outside it (not in a joined clause of another deed, see
/// <see cref="DateOfOtherClause"/>), that one is the sentence's own deed's; the
/// clause's date answers only a question that asks of the clause's verb, not one that merely describes its noun with
/// it ("the seized ship").
/// </summary>
internal static class DateInRelativeClause
{
    /// <summary>How much of its fit a date keeps that is the time of a relative clause's own verb.</summary>
    private const double OfTheClause = 0.5;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0 || ClauseAround(tokens, at) is not var (from, to))
        {
            return 1.0;
        }

        // The question's words among the clause's own (lower-case) words may only describe a noun ("the seized ship"),
        // not ask of the clause's verb; its names may well be the clause's subject ("that the navy seized").
        var stems = passage.Analysis.TokenStems;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsWord && !tokens[i].IsCapitalized && question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && t.IsIn(stems[i]) && !question.DescribingParticiples.Contains(t.Word.ToLowerInvariant())))
            {
                return 1.0;
            }
        }

        var kind = question.Type == AnswerType.ClockTime ? AnnotationKind.ClockTime : AnnotationKind.Date;
        var dateAfter = passage.Of(kind).Any(d => tokens.FindIndex(t => t.Start >= d.Start) is var k && k >= to && !DateOfOtherClause.OfOtherDeed(question, passage, k));
        return dateAfter && DateInAside.Fit(question, candidate) >= 1.0 ? OfTheClause : 1.0;
    }

    /// <summary>The tokens [from, to) of the relative clause or participle aside the word at <paramref name="at"/> stands in (<see cref="RelativeAside"/>).</summary>
    internal static (int From, int To)? ClauseAround(List<Token> tokens, int at) => RelativeAside.Around(tokens, at);
}
