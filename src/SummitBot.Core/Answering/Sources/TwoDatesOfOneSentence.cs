using SummitBot.Answering.Extraction;
using SummitBot.Answering.Ranking;

namespace SummitBot.Answering.Sources;

/// <summary>
/// "When is the delegation seeing the governor?" and "On Monday they met the deputy governor, and they were due to see
/// the governor on Thursday": one sentence that dates two deeds gives two dates, and when the ranking scores them
/// nearly alike it has not told which deed the question asks of. Answering either is a coin toss with a citation, so
/// the question is left unsettled (the bot declines). Only dates that stand for different days count: "January 1" and
/// "New Year's Day" are one date said twice, and a date of the sentence scored clearly above the other answers.
/// </summary>
internal static class TwoDatesOfOneSentence
{
    /// <summary>Whether a strong candidate of the best one's own sentence dates another time, scored within the rival margin.</summary>
    public static bool Unsettled(List<(AnswerCandidate Candidate, Evidence Evidence)> strong, AnswerCandidate best, Evidence evidence) =>
        best is { IsCurated: false, Calendar: { } day, Passage: { } passage }
        && strong.Any(a => a.Candidate is { IsCurated: false, Calendar: { } other, Passage: { } its }
            && its.Source.Id == passage.Source.Id && its.Hit.Doc == passage.Hit.Doc
            && (other.To < day.From || day.To < other.From)
            && evidence.Confidence - a.Evidence.Confidence < RankingWeights.RivalMargin);
}
