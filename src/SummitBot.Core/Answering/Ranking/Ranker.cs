using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// Weighs each candidate's <see cref="Evidence"/>: which of the question's words its passage has and where, how well
/// it fits the kind asked, how near the answer stands to those words, and how retrieval ranked it. Names, ordinals and
/// numbers the question gives must all be there; a word no source uses at all cannot be matched by chance.
/// </summary>
internal static class Ranker
{
    public static Evidence Weigh(QuestionReading question, AnswerCandidate candidate) => Weigh(question, candidate, null);

    /// <summary>
    /// The candidate's evidence. What depends on the passage only (which of the question's words it has, what it lacks)
    /// is worked out once per passage and kept in <paramref name="passages"/>; what depends on the answer's words
    /// (fit, tense, proximity, clause) per candidate.
    /// </summary>
    public static Evidence Weigh(QuestionReading question, AnswerCandidate candidate, Dictionary<int, PassageSupport>? passages)
    {
        if (candidate.IsCurated)
        {
            return new Evidence { Curated = true, TypeFit = 1, Coverage = 1, Confidence = 1 };
        }

        var passage = candidate.Passage!;
        // Kept by the passage's rank, unique among one retrieval's passages: a passage has no hash of its own, and
        // making one for each of 25 new passages per question showed in the profile.
        if (passages is null || !passages.TryGetValue(passage.Rank, out var support))
        {
            support = SupportReader.Of(question, passage);
            passages?.Add(passage.Rank, support);
        }

        // The best this candidate could score (standing right by the question's words, in their clause, in the tense
        // asked): below the threshold, its remaining features need not be worked out.
        var bound = Confidence(new Evidence { Coverage = support.Coverage, InSentence = support.InSentence, TypeFit = candidate.Fit, Proximity = 1, Retrieval = 1.0 - (passage.Rank / (double)SentenceRetriever.Depth) }, support.MissingShare)
            * (support.SaysPredicate ? 1.0 : RankingWeights.OtherPredicate) * (support.OnlyRelated ? RankingWeights.OnlyRelated : 1.0);
        if (bound < RankingWeights.Threshold || support.Veto is not null)
        {
            return new Evidence { Coverage = support.Coverage, InSentence = support.InSentence, TypeFit = candidate.Fit, Missing = support.Missing, Veto = support.Veto, Confidence = bound, Bounded = true };
        }

        var (fit, lowered) = FitFeatures.Of(question, candidate);
        var evidence = new Evidence
        {
            Coverage = support.Coverage,
            InSentence = support.InSentence,
            TypeFit = fit,
            Lowered = lowered,
            Proximity = AnswerProximity.Of(question, candidate),
            Retrieval = 1.0 - (passage.Rank / (double)SentenceRetriever.Depth),
            Missing = support.Missing,
            Veto = support.Veto ?? OtherEvent.Veto(question, candidate) ?? EventOfOtherThing.Veto(question, candidate, support.Missing),
            OnlyRelated = support.OnlyRelated,
        };
        return evidence with { Confidence = Confidence(evidence, support.MissingShare) * (support.SaysPredicate ? 1.0 : RankingWeights.OtherPredicate) * (support.OnlyRelated ? RankingWeights.OnlyRelated : 1.0) };
    }

    private static double Confidence(Evidence e, double missingShare)
    {
        var support = (RankingWeights.Coverage * e.Coverage)
            + (RankingWeights.InSentence * e.InSentence)
            + (RankingWeights.Proximity * e.Proximity)
            + (RankingWeights.Retrieval * e.Retrieval)
            - (RankingWeights.MissingPenalty * missingShare);
        return support * (RankingWeights.FitFloor + ((1 - RankingWeights.FitFloor) * e.TypeFit));
    }
}
