using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// Decides between answering and declining: the best candidate with no veto answers if its confidence reaches the
/// threshold; a question naming a shared name ("Kim") whose best answers are about different people is asked back;
/// anything else is declined with the reason.
/// </summary>
internal static class DeclinePolicy
{
    /// <summary>How close a second reading must score to the best to make a question ambiguous.</summary>
    private const double AmbiguityMargin = 0.05;

    public static Decision Decide(QuestionReading question, List<(AnswerCandidate Candidate, Evidence Evidence)> weighed)
    {
        weighed.Sort((a, b) => b.Evidence.Confidence.CompareTo(a.Evidence.Confidence));
        if (question.Negated && question.Type == AnswerType.Reason)
        {
            // "Why wasn't closing Yongbyon enough?": only a reason given in a sentence that says it was not so
            // ("Yongbyon alone was not enough because ..."); a reason for its being so answers the opposite question.
            weighed.RemoveAll(w => !Negation.Before(w.Candidate));
        }
        else if (question.Negated && !question.Type.Equals(AnswerType.YesNo))
        {
            return new Decision(null, null, DeclineReason.Negated) { Weighed = weighed };
        }

        var admissible = weighed.Where(w => w.Evidence.Veto is null).ToList();

        if (!question.AsksSomething)
        {
            // Words that ask nothing ("talks OR (envoy"): any answer would be a guess at the question.
            return new Decision(null, null, DeclineReason.NotFound) { Weighed = weighed };
        }

        if (admissible.Count == 0)
        {
            return new Decision(null, weighed.FirstOrDefault().Evidence, weighed.Count == 0 ? DeclineReason.NotFound : DeclineReason.UnknownName)
            {
                Weighed = weighed,
                Unmentioned = Unmentioned(question, weighed),
            };
        }

        var (best, evidence) = admissible[0];
        if (evidence.Confidence < RankingWeights.Threshold)
        {
            return new Decision(best, evidence, DeclineReason.LowConfidence) { Weighed = weighed };
        }

        // What several sources say: the same answer cited from each; a newer report over an earlier one; different
        // answers with nearly the same evidence and nothing to tell them apart leave the question unsettled.
        var settled = Sources.SourceAgreement.Settle(admissible, question.Time, Sources.SourceAgreement.MayHaveMovedOn(question));
        if (Recalled(question, admissible) is { } recalled)
        {
            settled = new Sources.SourceAgreement.Settled(recalled.Candidate, recalled.Evidence, [], null, Unsettled: false);
        }

        if (settled.Unsettled)
        {
            return new Decision(best, evidence, DeclineReason.LowConfidence) { Weighed = weighed };
        }

        if (Sources.PresentTelling.Instead(question, settled.Best, admissible) is { } present)
        {
            settled = settled with { Best = present.Candidate, Evidence = present.Evidence };
        }

        var people = AmbiguousPeople(question, admissible, settled.Evidence.Confidence);
        if (people.Count <= 1 && SharedNameAlone(question, settled.Best))
        {
            // "How long does Kim get to get out?" and "Mexico gave Kim Hyong Gil 72 hours ..., and Peru ordered out Kim
            // Hak Chol": with nothing but the shared name to tie the sentence to the question, and two of its holders
            // in it, the answer is a guess at which Kim is meant.
            return new Decision(best, evidence, DeclineReason.LowConfidence) { Weighed = weighed };
        }

        return people.Count > 1
            ? new Decision(settled.Best, settled.Evidence, DeclineReason.Ambiguous) { AskBack = people, Weighed = weighed }
            : new Decision(settled.Best, settled.Evidence, null) { Weighed = weighed, Corroborating = settled.Corroborating, Earlier = settled.Earlier };
    }

    /// <summary>
    /// A follow-up that points back with a demonstrative ("how much had those exports earned?") asks about what the
    /// sentence the last answer cited told of: its answer there, when it reaches the threshold, is the one meant, though
    /// another sentence of the article answers the same words as well or better ("exported ..., earning them ...").
    /// </summary>
    private static (AnswerCandidate Candidate, Evidence Evidence)? Recalled(QuestionReading question, List<(AnswerCandidate Candidate, Evidence Evidence)> admissible)
    {
        if (question.Recalled is not { } cited)
        {
            return null;
        }

        var fromCited = admissible.Where(a => a.Evidence.Confidence >= RankingWeights.Threshold && a.Candidate.Passage?.Text == cited).ToList();
        return fromCited.Count > 0 ? fromCited[0] : null;
    }

    /// <summary>An ordinal or a name of the question that no candidate's passage has: "a third summit", "Biden".</summary>
    private static string? Unmentioned(QuestionReading question, List<(AnswerCandidate Candidate, Evidence Evidence)> weighed)
    {
        if (weighed.Count == 0)
        {
            return null;
        }

        var lacking = question.Terms.FirstOrDefault(t => t.IsStrict && weighed.All(w => w.Evidence.Missing.Contains(t.Word)));
        if (lacking is null)
        {
            return null;
        }

        if (lacking.Role == TermRole.Ordinal)
        {
            var index = question.Terms.ToList().IndexOf(lacking);
            var noun = question.Terms.Skip(index + 1).FirstOrDefault(t => t.Role == TermRole.Event)?.Word;
            return noun is null ? null : $"a {lacking.Word.ToLowerInvariant()} {noun.ToLowerInvariant()}";
        }

        // A name the sources have somewhere, in no sentence that gave a candidate ("Why was X recalled?" where X's sentence
        // gives no reason), is mentioned: saying they don't mention it would be untrue.
        return lacking.Role == TermRole.Name && lacking.Unknown ? lacking.Word : null;
    }

    /// <summary>
    /// Whether the question's only words a passage must have are a name several people share (a surname alone), so
    /// that nothing but that name ties the answer to it, and the answer's sentence names more than one of them. A
    /// "who is ...?" question asks of the name itself and is not one.
    /// </summary>
    private static bool SharedNameAlone(QuestionReading question, AnswerCandidate best) =>
        question.Type is not (AnswerType.Title or AnswerType.Person or AnswerType.Speaker)
        && best.Passage is { } passage
        && question.Terms.All(t => t.Role == TermRole.Name)
        && question.Terms.Count(t => t.Role == TermRole.Name) == 1
        && question.People.Any(p => p.IsAmbiguous && !p.ByRole && p.Candidates.Count(c => passage.Names(c.Key)) > 1);

    /// <summary>For a shared name the question uses, the different people the good answers are about.</summary>
    private static List<Search.CatalogPerson> AmbiguousPeople(QuestionReading question, List<(AnswerCandidate Candidate, Evidence Evidence)> admissible, double best)
    {
        foreach (var named in question.People.Where(p => p.IsAmbiguous && !p.ByRole))
        {
            var meant = new List<Search.CatalogPerson>();
            foreach (var (candidate, evidence) in admissible.Where(a => a.Evidence.Confidence >= best - AmbiguityMargin && !a.Candidate.IsCurated))
            {
                var person = named.Candidates.FirstOrDefault(c => candidate.Passage!.Names(c.Key));
                if (person is not null && !meant.Contains(person))
                {
                    meant.Add(person);
                }

                _ = evidence;
            }

            if (meant.Count > 1)
            {
                return meant;
            }
        }

        return [];
    }
}
