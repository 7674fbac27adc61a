using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "How long is the crossing expected to take?" and "a crossing the port said would take about nine hours": "expected
/// to" (or "likely to") in a question asking when or how long says the time is one foreseen, which a sentence tells as
/// well by "would" or "will". Matched so, for less than the word itself: a sentence that says "expected" is nearer.
/// </summary>
internal static class ForeseenTime
{
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Type is AnswerType.Duration or AnswerType.Date or AnswerType.ClockTime
        && term.Word.ToLowerInvariant() is "expected" or "likely"
        && System.Text.RegularExpressions.Regex.IsMatch(question.Text, $@"\b{term.Word}\s+to\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
        && passage.Analysis.Tokens.Any(t => t.Text.ToLowerInvariant() is "would" or "will" or "'ll" or "due");
}
