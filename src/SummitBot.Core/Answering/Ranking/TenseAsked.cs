using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When will Trump visit ...?" is not answered by what the text tells in the past ("Trump said in a tweet on Friday"),
/// nor "when did ...?" by what it says will happen: the answer's clause should speak in the question's tense. "What
/// will the city do with the land?" asks a plan too: a clause told only in the past ("troops arrived at the base in
/// 1945") is no answer to it, while a span that itself says what is to come ("the city plans to turn it into a park")
/// is, though the clause it starts in is past.
/// </summary>
internal static class TenseAsked
{
    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Future is true && question.Type == AnswerType.What && candidate.Passage is not null)
        {
            return PlanAsked(candidate);
        }

        if (question.Future is not { } future || candidate.Passage is null || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place or AnswerType.Duration))
        {
            return 1.0;
        }

        var (from, to, clause) = ClauseOf(candidate);
        var tokens = candidate.Passage.Analysis.Tokens;
        var saysFuture = clause.Any(SaysFuture)
            || (future && PlannedInfinitive.Before(tokens, tokens.FindIndex(t => t.Start >= from), tokens.FindIndex(t => t.Start >= candidate.Start)));
        var saysPast = SaysPast(clause);
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (!future && !saysPast && question.Type == AnswerType.Place && at >= 0 && ClauseTense.Of(tokens, at) is Tense.Unknown or Tense.Future && DatedAfterWriting(candidate.Passage, from, to))
        {
            // "The men play their final game against China on Saturday in Tokyo", in an article of that Saturday or before:
            // a clause in no past dated on or after the article's day is a plan, as surely as "will"; asked where it was
            // played, it had not been when the article was written.
            return StillToCome;
        }

        return future ? (saysFuture || !saysPast ? 1.0 : PastForFuture) : (saysPast || !saysFuture ? 1.0 : 0.7);
    }

    /// <summary>The clause around the candidate (its character bounds) and its words in lower case.</summary>
    private static (int From, int To, List<string> Words) ClauseOf(AnswerCandidate candidate)
    {
        var passage = candidate.Passage!;
        var (from, to) = Clauses.Around(passage.Text, candidate.Start);
        var words = passage.Analysis.Tokens.Where(t => t.Start >= from && t.End <= Math.Max(from, to)).Select(t => t.Text.ToLowerInvariant()).ToList();
        return (from, to, words);
    }

    /// <summary>How much of its fit a candidate keeps that tells in the past what a question asks of a time to come.</summary>
    private const double PastForFuture = 0.45;

    private static bool SaysFuture(string word) => word is "will" or "would" or "shall" or "'ll" or "plans" or "planned" or "scheduled" or "upcoming" or "next" or "expected" or "due";

    /// <summary>"before he is allowed to live on his own": a participle after "is" or "be" is a passive of its auxiliary's time, no past.</summary>
    private static bool SaysPast(List<string> clause) =>
        clause.Select((w, k) => (w, k)).Any(p => p.w is "said" or "was" or "were" or "had" or "did" or "met" or "held" or "took" or "left" or "told"
            || (p.w.Length > 4 && p.w.EndsWith("ed", StringComparison.Ordinal) && !(p.k > 0 && clause[p.k - 1] is "is" or "are" or "am" or "be" or "being")));

    /// <summary>
    /// A "what will ...?" question: the candidate's clause or its own words must speak of a time to come ("will", "plans",
    /// an infinitive after a verb of planning); one whose clause is past and whose words say nothing to come keeps
    /// <see cref="PastForFuture"/>. A clause in no tense at all is left as it is.
    /// </summary>
    private static double PlanAsked(AnswerCandidate candidate)
    {
        var (from, to, clause) = ClauseOf(candidate);
        var tokens = candidate.Passage!.Analysis.Tokens;
        var span = tokens.Where(t => t.Start >= candidate.Start && t.End <= candidate.End).Select(t => t.Text.ToLowerInvariant()).ToList();
        var first = tokens.FindIndex(t => t.Start >= Math.Min(from, candidate.Start));
        var last = tokens.FindLastIndex(t => t.End <= Math.Max(to, candidate.End));
        var saysFuture = clause.Any(SaysFuture) || span.Any(SaysFuture) || (first >= 0 && PlannedInfinitive.Before(tokens, first, last + 1));
        return saysFuture || !SaysPast(clause) ? 1.0 : PastForFuture;
    }

    /// <summary>How much of its fit a candidate keeps whose clause, told in no past, is dated on or after the article's day.</summary>
    private const double StillToCome = 0.3;

    private static bool DatedAfterWriting(Retrieval.Passage passage, int from, int to) =>
        passage.Published is { } published
        && passage.Of(Language.Reading.AnnotationKind.Date).Any(d => d.Start >= from && d.End <= Math.Max(from, to) && CalendarDate.Decode(d.Value) is { } day && day.From >= published);
}
