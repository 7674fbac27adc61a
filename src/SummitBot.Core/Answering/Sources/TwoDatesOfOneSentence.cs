using SummitBot.Answering.Extraction;
using SummitBot.Answering.Ranking;

namespace SummitBot.Answering.Sources;

/// <summary>
/// "When is the delegation seeing the governor?" and "On Monday they met the deputy governor, and they were due to see
/// the governor on Thursday": one sentence that dates two deeds gives two dates, and when the ranking scores them
/// nearly alike it has not told which deed the question asks of. Answering either is a coin toss with a citation, so
/// the question is left unsettled (the bot declines). Only dates that stand for different days, each in a clause of its
/// own (set off by ", and", ";", ", while" ...), count: "January 1" and "New Year's Day" are one date said twice; "the
/// choir sang on Friday, two days before the festival opened" and "the crew races the hosts on Monday and the champions
/// on Wednesday" are dates within one clause, which the ranking's nearness already weighs; and a date scored clearly above the other answers.
/// </summary>
internal static class TwoDatesOfOneSentence
{
    /// <summary>Whether a strong candidate of the best one's own sentence dates another time in another clause, scored within the rival margin.</summary>
    public static bool Unsettled(List<(AnswerCandidate Candidate, Evidence Evidence)> strong, AnswerCandidate best, Evidence evidence) =>
        best is { IsCurated: false, Calendar: { } day, Passage: { } passage }
        && strong.Any(a => a.Candidate is { IsCurated: false, Calendar: { } other, Passage: { } its }
            && its.Source.Id == passage.Source.Id && its.Hit.Doc == passage.Hit.Doc
            && (other.To < day.From || day.To < other.From)
            && Clauses.Around(passage.Text, best.Start) != Clauses.Around(its.Text, a.Candidate.Start)
            && evidence.Confidence - a.Evidence.Confidence < RankingWeights.RivalMargin);
}
