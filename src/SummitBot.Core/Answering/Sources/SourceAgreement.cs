using SummitBot.Answering.Extraction;
using SummitBot.Answering.Ranking;

namespace SummitBot.Answering.Sources;

/// <summary>
/// Settles what several sources say about one question: the same answer from several sources is one answer citing
/// each; different answers from sources of different dates are the story moving on (a plan, then what happened), so
/// the newest answers and the earlier is mentioned as earlier; a source with no published date is never taken as the
/// newest by guess. Different answers that nothing tells apart leave the question unsettled.
/// </summary>
internal static class SourceAgreement
{
    /// <summary>How far below the best a different answer from another source still counts as the sources disagreeing.</summary>
    private const double ConflictWindow = 0.25;

    /// <summary>
    /// How far apart two reports may be published for the newer's answer to be the story moving on. A plan changes
    /// within weeks ("Bangkok", then "Hanoi"); reports a year apart with different answers speak of different events
    /// ("due back on December 17" in one, a speech "on Wednesday" of another year in the other), and the best
    /// supported answers alone.
    /// </summary>
    private const int MovedOnDays = 90;

    /// <summary>An earlier report's answer is mentioned only if it is itself this well supported.</summary>
    private const double EarlierFloor = RankingWeights.Threshold;

    /// <summary>And only if its passage has nearly all the question's words: it answers the same question, not another.</summary>
    private const double EarlierCoverage = 0.85;

    /// <summary>How many sources an answer cites at most.</summary>
    private const int MostSources = 3;

    public readonly record struct Settled(AnswerCandidate Best, Evidence Evidence, IReadOnlyList<AnswerCandidate> Corroborating, AnswerCandidate? Earlier, bool Unsettled);

    public static Settled Settle(List<(AnswerCandidate Candidate, Evidence Evidence)> admissible, Language.Time.CalendarDate? asked = null, bool mayHaveMovedOn = true)
    {
        var (best, evidence) = admissible[0];
        var strong = admissible.Where(a => a.Evidence.Confidence >= RankingWeights.Threshold && a.Candidate.Passage is not null).ToList();

        // Two sentences of one source that give different answers as surely: the source itself does not settle it.
        if (strong.Any(a => a.Candidate.Passage!.Source.Id == best.Passage?.Source.Id && a.Candidate.Passage.Hit.Doc != best.Passage.Hit.Doc
            && !Same(a.Candidate, best) && evidence.Confidence - a.Evidence.Confidence < RankingWeights.RivalMargin))
        {
            return new Settled(best, evidence, [], null, Unsettled: true);
        }

        // One sentence that dates two deeds as surely: the ranking has not told which the question asks of.
        if (TwoDatesOfOneSentence.Unsettled(strong, best, evidence))
        {
            return new Settled(best, evidence, [], null, Unsettled: true);
        }

        // Of another source that answers otherwise, its answer that best fits the kind asked.
        // A source agrees when the answer it supports best is the same: a plan it mentions in passing ("planned for
        // Bangkok, moved to Hanoi") is not its answer.
        var agreeing = TopOfEachSource(strong).Where(a => Same(a.Candidate, best)).Select(a => a.Candidate.Passage!.Source.Id).ToHashSet(StringComparer.Ordinal);
        // The rival is another source's own best answer, when it differs and is nearly as well supported.
        var rival = TopOfEachSource(strong)
            .Where(a => !agreeing.Contains(a.Candidate.Passage!.Source.Id) && a.Candidate.Passage.Source.Id != best.Passage?.Source.Id && !Same(a.Candidate, best)
                && a.Evidence.Confidence >= Math.Max(EarlierFloor, evidence.Confidence - ConflictWindow) && a.Evidence.Coverage >= EarlierCoverage && !a.Evidence.Bounded)
            .FirstOrDefault();

        if (rival.Candidate is not null && best.Passage is not null && mayHaveMovedOn)
        {
            var bestDate = best.Passage.Published;
            var rivalDate = rival.Candidate.Passage!.Published;
            if (bestDate is { } b && rivalDate is { } r && b != r && Math.Abs(b.DayNumber - r.DayNumber) <= MovedOnDays)
            {
                // The story moved on: the newest report answers (the newest of the time the question names, if it names
                // one), the earlier is mentioned as earlier.
                var bestLater = asked is { } time ? (Within(b, time) == Within(r, time) ? b > r : Within(b, time)) : b > r;
                var (newest, older) = bestLater ? ((best, evidence), rival) : (rival, (best, evidence));
                return new Settled(newest.Item1, newest.Item2, Corroborate(strong, newest.Item1), older.Item1, Unsettled: false);
            }

            if (bestDate is null != rivalDate is null)
            {
                // An undated report is never taken as the newer one: the dated answers, the undated is mentioned.
                var (dated, undated) = bestDate is not null ? ((best, evidence), rival) : (rival, (best, evidence));
                return new Settled(dated.Item1, dated.Item2, Corroborate(strong, dated.Item1), undated.Item1, Unsettled: false);
            }

            if (evidence.Confidence - rival.Evidence.Confidence < RankingWeights.RivalMargin)
            {
                return new Settled(best, evidence, [], null, Unsettled: true);
            }
        }

        return new Settled(best, evidence, Corroborate(strong, best), null, Unsettled: false);
    }

    /// <summary>
    /// Whether a newer report's other answer can be the story moving on: a plan or a state ("where will they meet?", "who
    /// is the envoy?") changes between reports; what happened ("where were the talks held?") and who said something do
    /// not, so there another report's other answer is another event, and the best-supported answer stands alone.
    /// </summary>
    public static bool MayHaveMovedOn(Questions.QuestionReading question) =>
        question.Future != false && question.Type is not (AnswerType.Quote or AnswerType.Speaker);

    private static bool Within(DateOnly published, Language.Time.CalendarDate time) => published >= time.From && published <= time.To;

    /// <summary>Candidates from other sources that give the same answer, one per source, reported in the same weeks.</summary>
    private static List<AnswerCandidate> Corroborate(List<(AnswerCandidate Candidate, Evidence Evidence)> strong, AnswerCandidate best) =>
        [.. TopOfEachSource(strong).Select(s => s.Candidate)
            .Where(c => c.Passage!.Source.Id != best.Passage?.Source.Id && Same(c, best) && SameWeeks(c, best))
            .Take(MostSources - 1)];

    /// <summary>
    /// How far apart two reports of one event are published at most. Reports of an event come out within weeks of it;
    /// the same answer months apart is another event ("an emergency meeting at the Blue House" in November and again in
    /// May), not a second source for this one. An undated report is not placed, so not told apart.
    /// </summary>
    private const int SameEventDays = 30;

    private static bool SameWeeks(AnswerCandidate a, AnswerCandidate b) =>
        a.Passage!.Published is not { } x || b.Passage!.Published is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= SameEventDays;

    /// <summary>Each source's best-supported candidate (the list comes best first).</summary>
    private static IEnumerable<(AnswerCandidate Candidate, Evidence Evidence)> TopOfEachSource(List<(AnswerCandidate Candidate, Evidence Evidence)> strong) =>
        strong.DistinctBy(a => a.Candidate.Passage!.Source.Id, StringComparer.Ordinal);

    /// <summary>The same answer: one's words hold the other's ("Hanoi" and "Hanoi, Vietnam").</summary>
    internal static bool Same(AnswerCandidate a, AnswerCandidate b)
    {
        if (a.Passage is null || b.Passage is null)
        {
            return string.Equals(a.Answer, b.Answer, StringComparison.OrdinalIgnoreCase);
        }

        var x = a.Passage.Analyze(a.Answer);
        var y = b.Passage.Analyze(b.Answer);
        return x.Count > 0 && y.Count > 0 && (x.All(y.Contains) || y.All(x.Contains));
    }
}
