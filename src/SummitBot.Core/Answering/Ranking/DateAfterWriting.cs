using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the president host his guest?" and "The president said on Tuesday the talks may not go ahead on June 12,
/// as he hosted his guest": a question in the past asks a deed done by the time it was told, and a date after the
/// article's own date is still to come when the article was written: a plan, not the day of the deed. A question that
/// asks of a plan ("when was it supposed to ...?", "when was it due?") reads as no past (<see cref="QuestionReading.Future"/>)
/// or names the plan, and is not weighed here.
/// </summary>
internal static class DateAfterWriting
{
    /// <summary>How much of its fit a date after the article's date keeps, asked of a deed in the past.</summary>
    private const double StillToCome = 0.3;

    /// <summary>
    /// Words of a question that ask when a deed was meant to be, not when it was done ("was supposed to", "was slated
    /// for"), and verbs of putting a time forward whose answer is the time put forward ("when did they propose meeting
    /// again?"), in the base form a question with "did" gives them.
    /// </summary>
    private static readonly HashSet<string> Intended = new(StringComparer.Ordinal)
    {
        "supposed", "scheduled", "slated", "meant", "originally", "initially", "propose", "suggest", "offer", "agree", "invite", "promise", "pledge",
        "plan", "set", "announce", "fix", "schedule", "want", "seek", "ask", "expect",
    };

    public static double Fit(QuestionReading question, AnswerCandidate candidate) =>
        candidate.Passage is { } passage && candidate.Calendar is { } day && IsStillToCome(question, passage, day) ? StillToCome : 1.0;

    /// <summary>
    /// Whether a date of the passage is after the article's own date while the question asks of a deed done: such a
    /// date tells a plan, so it is no rival date for the deed either ("said on Tuesday ... may not go ahead on June 12,
    /// as he hosted his guest": Tuesday is when he hosted).
    /// </summary>
    public static bool IsStillToCome(QuestionReading question, Retrieval.Passage passage, Language.Reading.Annotation date) =>
        CalendarDate.Decode(date.Value) is { } day && IsStillToCome(question, passage, day);

    private static bool IsStillToCome(QuestionReading question, Retrieval.Passage passage, CalendarDate day) =>
        question.Type is AnswerType.Date && question.Future is false && !question.NamesPlan && !question.LowerWords.Any(Intended.Contains)
        && passage.Published is { } published && day.From > published;
}
