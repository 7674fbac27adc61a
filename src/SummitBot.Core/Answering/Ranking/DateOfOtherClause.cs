using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the ferry enter service?" and "The mayor rode the ferry that entered service in April, and on Friday she
/// cut a ribbon at the new pier": a date in a clause joined on by ", and" (or ", but", ";") with a subject of its own
/// ("she", a name) is the time of that clause's own verb. When none of the question's words stand in that clause and
/// some stand before it, the date tells another deed than the one asked.
/// </summary>
internal static class DateOfOtherClause
{
    /// <summary>How much of its fit a date keeps that dates a joined clause's own deed, none of whose words are asked.</summary>
    private const double OtherDeed = 0.5;

    /// <summary>Subjects that open a clause of its own after ", and on Sunday ...".</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "it", "i" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var at = passage.Analysis.Tokens.FindIndex(t => t.Start >= candidate.Start);
        return at >= 0 && OfOtherDeed(question, passage, at) ? OtherDeed : 1.0;
    }

    /// <summary>
    /// Whether the date at token <paramref name="at"/> stands in a joined clause with a subject of its own that has none
    /// of the question's words, while the sentence before the clause has some of them.
    /// </summary>
    public static bool OfOtherDeed(QuestionReading question, Retrieval.Passage passage, int at) =>
        JoinedClause.Around(passage.Analysis.Tokens, at, JoinedClause.Opens) is var (from, to)
        && HasSubject(passage, from, to)
        && JoinedClause.TellsOtherThanAsked(question, passage, from, to);

    /// <summary>A subject of the clause's own: a subject pronoun ("he") or a person's name.</summary>
    private static bool HasSubject(Retrieval.Passage passage, int from, int to)
    {
        var tokens = passage.Analysis.Tokens;
        return Enumerable.Range(from, to - from).Any(i => SubjectPronouns.Contains(tokens[i].Text))
            || passage.Of(AnnotationKind.Person).Any(p => p.Start >= tokens[from].Start && p.End <= tokens[to - 1].End);
    }
}
