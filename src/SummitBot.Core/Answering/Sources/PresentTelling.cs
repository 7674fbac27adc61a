using SummitBot.Answering.Extraction;
using SummitBot.Answering.Ranking;

namespace SummitBot.Answering.Sources;

/// <summary>
/// A source often tells its own news and, further down, a like event of years before ("Seoul approved an identical $8
/// million package in September 2017"). A question that names no time asks about the news: when the best answer is
/// read from such a background sentence and a sentence of the same source gives the same answer without dating itself
/// to another time, that sentence is the one to cite. Only the citation moves; the answer and whether to answer stay,
/// so the news sentence must give the whole answer: "Japan" in the news does not give "Chiba, Japan" of 1991.
/// </summary>
internal static class PresentTelling
{
    public static (AnswerCandidate Candidate, Evidence Evidence)? Instead(Questions.QuestionReading question, AnswerCandidate best, List<(AnswerCandidate Candidate, Evidence Evidence)> admissible)
    {
        // A date question asks for the time itself, and a question that names a time chooses its sentences by it.
        if (question.Time is not null || question.Type is AnswerType.Date or AnswerType.ClockTime || best.Passage is not { Published: { } published } passage
            || !IsBackground(passage, published))
        {
            return null;
        }

        foreach (var (candidate, evidence) in admissible)
        {
            if (evidence.Confidence >= RankingWeights.Threshold - RankingWeights.CitationSlack && candidate.Passage is { } other && other.Source.Id == passage.Source.Id
                && other.Hit.Doc != passage.Hit.Doc && Holds(candidate, best) && !IsBackground(other, published))
            {
                return (candidate, evidence);
            }
        }

        return null;
    }

    /// <summary>Whether the other answer's words hold every word of the best one ("Hanoi, Vietnam" holds "Hanoi").</summary>
    private static bool Holds(AnswerCandidate other, AnswerCandidate best)
    {
        var words = best.Passage!.Analyze(best.Answer);
        var held = other.Passage!.Analyze(other.Answer);
        return words.Count > 0 && words.All(held.Contains);
    }

    /// <summary>Whether the sentence dates what it tells to a time ended over a year before its source was published.</summary>
    private static bool IsBackground(Retrieval.Passage passage, DateOnly published)
    {
        foreach (var date in passage.Of(Language.Reading.AnnotationKind.Date))
        {
            if (Language.Time.CalendarDate.Decode(date.Value) is { } said && said.To < published.AddYears(-1))
            {
                return true;
            }
        }

        return false;
    }
}
