using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When will Trump visit ...?" is not answered by what the text tells in the past ("Trump said in a tweet on Friday"),
/// nor "when did ...?" by what it says will happen: the answer's clause should speak in the question's tense.
/// </summary>
internal static class TenseAsked
{
    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Future is not { } future || candidate.Passage is null || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place or AnswerType.Duration))
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(candidate.Passage.Text, candidate.Start);
        var tokens = candidate.Passage.Analysis.Tokens;
        var clause = tokens.Where(t => t.Start >= from && t.End <= Math.Max(from, to)).Select(t => t.Text.ToLowerInvariant()).ToList();
        var saysFuture = clause.Any(w => w is "will" or "would" or "shall" or "'ll" or "plans" or "planned" or "scheduled" or "upcoming" or "next" or "expected" or "due")
            || (future && PlannedInfinitive.Before(tokens, tokens.FindIndex(t => t.Start >= from), tokens.FindIndex(t => t.Start >= candidate.Start)));

        // "before he is allowed to live on his own": a participle after "is" or "be" is a passive of its auxiliary's time, no past.
        var saysPast = clause.Select((w, k) => (w, k)).Any(p => p.w is "said" or "was" or "were" or "had" or "did" or "met" or "held" or "took" or "left" or "told"
            || (p.w.Length > 4 && p.w.EndsWith("ed", StringComparison.Ordinal) && !(p.k > 0 && clause[p.k - 1] is "is" or "are" or "am" or "be" or "being")));
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (!future && !saysPast && question.Type == AnswerType.Place && at >= 0 && ClauseTense.Of(tokens, at) is Tense.Unknown or Tense.Future && DatedAfterWriting(candidate.Passage, from, to))
        {
            // "The men play their final game against China on Saturday in Tokyo", in an article of that Saturday or before:
            // a clause in no past dated on or after the article's day is a plan, as surely as "will"; asked where it was
            // played, it had not been when the article was written.
            return StillToCome;
        }

        return future ? (saysFuture || !saysPast ? 1.0 : 0.45) : (saysPast || !saysFuture ? 1.0 : 0.7);
    }

    /// <summary>How much of its fit a candidate keeps whose clause, told in no past, is dated on or after the article's day.</summary>
    private const double StillToCome = 0.3;

    private static bool DatedAfterWriting(Retrieval.Passage passage, int from, int to) =>
        passage.Published is { } published
        && passage.Of(Language.Reading.AnnotationKind.Date).Any(d => d.Start >= from && d.End <= Math.Max(from, to) && CalendarDate.Decode(d.Value) is { } day && day.From >= published);
}
