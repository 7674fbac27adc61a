using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Ranking;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering;

/// <summary>
/// Answering from the sources' own text, stage by stage: retrieval finds the passages, the extractor of the kind
/// asked finds candidate answers in each, the ranker weighs each candidate's evidence, and the decline policy decides.
/// A yes/no question is asked as the kind of question its claim answers, then the answer is compared with the claim.
/// </summary>
internal static class TextAnswering
{
    public static Decision Answer(QuestionReading question, AnsweringModel model) => question.Type switch
    {
        AnswerType.YesNo => YesNo(question, model),
        AnswerType.Date => DayOrTimeOfDay(question, model),
        _ => Typed(question, question.Type, model),
    };

    /// <summary>
    /// "When does the ferry leave now?" and "The ferry now leaves at 9 a.m.": a time of day answers when, as a day does.
    /// Asked only when no day answers, so a sentence with both still gives the day, and the time of day is weighed on
    /// the same evidence as any answer.
    /// </summary>
    private static Decision DayOrTimeOfDay(QuestionReading question, AnsweringModel model)
    {
        var day = Typed(question, AnswerType.Date, model);
        if (day.Answered)
        {
            return day;
        }

        var time = Typed(question with { Type = AnswerType.ClockTime }, AnswerType.ClockTime, model);
        return time.Answered && !DaylessPast(question, time) ? time : day;
    }

    /// <summary>
    /// "When was the bridge closed?" and "the bridge was closed at about 6 p.m.": a time of day alone says when a thing
    /// that happens again happens (a timetable), but of one deed done in the past it leaves out the day, which is what
    /// "when" asks. Such a time answers only with the day the sentence gives beside it.
    /// </summary>
    private static bool DaylessPast(QuestionReading question, Decision time) =>
        question.Future == false && !ClockTimeExtractor.GivesDay(time.Best!);

    private static Decision Typed(QuestionReading question, AnswerType type, AnsweringModel model)
    {
        var passages = SentenceRetriever.Retrieve(question, model);
        var extractor = Extractors.For(type);
        var weighed = new List<(AnswerCandidate, Evidence)>();
        var support = new Dictionary<int, PassageSupport>();
        foreach (var passage in passages)
        {
            if (question.Anchor is { } anchor && passage.Hit.SourceId != anchor)
            {
                continue;
            }

            foreach (var candidate in extractor.Extract(question, passage))
            {
                weighed.Add((candidate, Ranker.Weigh(question, candidate, support)));
            }

            _ = passage;
        }

        return DeclinePolicy.Decide(question, weighed);
    }

    /// <summary>
    /// "Is the second summit in Singapore?": where is the second summit? Hanoi: no. "Did Trump and Kim sign a deal?":
    /// the passage that says it, unless it says it was not so.
    /// </summary>
    private static Decision YesNo(QuestionReading question, AnsweringModel model)
    {
        if (question.Claim is { } claim)
        {
            // "Were there 12 women in the crew?" asks how many women: the count of the noun the claim counts.
            var asked = question with
            {
                Type = question.ClaimType,
                Terms = [.. question.Terms.Where(t => t != claim)],
                Claim = null,
                Counted = question.ClaimType == AnswerType.Number && question.ClaimCounted.Count > 0 ? question.ClaimCounted : question.Counted,
            };
            var decision = Typed(asked, question.ClaimType, model);
            if (decision.Answered && !Partly(decision))
            {
                var says = decision.Best!.Passage!.Analyze(decision.Best.Answer);
                var polarity = ClaimPolarity.Of(question, decision.Best.Passage);
                var yes = says.Contains(claim.Stem) && polarity == Polarity.Affirmed;

                // "No" says the sources hold the contrary ("Hanoi, not Singapore"): only on strong evidence of it, and
                // never when a negation in the sentence bears on something the question did not ask about, nor by a place
                // that may lie inside the one claimed.
                if (yes || (polarity != Polarity.Unsure && decision.Evidence!.Confidence >= RankingWeights.Contrary && TellsTheDoing(question, decision.Best.Passage)
                    && CountsTheClaimed(question, says) && !FinerPlace.CannotDeny(question, decision.Best)))
                {
                    return decision with { Best = decision.Best with { Note = yes ? "yes" : "no" } };
                }

            }
        }

        var plain = Typed(question with { Claim = null }, AnswerType.What, model);
        if (UntoldDetail.Asked(question) is not null)
        {
            return DetailTold(question, plain);
        }

        if (!plain.Answered && OtherOrdinal(question, model) is { } other)
        {
            return other;
        }

        if (plain.Answered && ContestLost.Denies(question, plain.Best!.Passage!, plain.Evidence!.Missing))
        {
            // "Did the home side beat the visitors?" and "the home side lost to the visitors".
            return plain with { Best = plain.Best with { Note = "no" } };
        }

        if (!plain.Answered && Denial(question, plain) is { } denied)
        {
            return denied;
        }

        if (!plain.Answered || Partly(plain))
        {
            return plain with { Decline = plain.Decline ?? DeclineReason.LowConfidence };
        }

        var best = plain.Best!;
        var verbs = question.VerbTerms();
        if (verbs.Count > 0 && !verbs.Any(v => v.IsIn(best.Passage!.Words)))
        {
            // The sentence does not say the thing asked about happened or not: the sources don't say.
            return plain with { Decline = DeclineReason.LowConfidence };
        }

        return ClaimPolarity.Of(question, best.Passage!) switch
        {
            Polarity.Affirmed => plain with { Best = best with { Note = "yes" } },
            Polarity.Negated => plain with { Best = best with { Note = "no" } },

            // A negation bears on something else in the sentence: which way it answers is not safe to say.
            _ => plain with { Decline = DeclineReason.LowConfidence },
        };
    }

    /// <summary>
    /// "Did the ministry say when the plant would reopen?": "No" by a sentence of the article the best answer comes from
    /// that says the detail was not told (<see cref="UntoldDetail"/>), whatever else it lacks (it tells of "the report",
    /// "the reopening", not the names asked); "Yes" only by a best sentence that gives the detail; else no answer.
    /// </summary>
    private static Decision DetailTold(QuestionReading question, Decision plain)
    {
        var sources = plain.Weighed.Where(w => w.Evidence.Veto is null && w.Evidence.Confidence >= RankingWeights.Threshold && w.Candidate.Passage is not null)
            .Select(w => w.Candidate.Passage!.Source.Id).ToHashSet();
        var denying = plain.Weighed.FirstOrDefault(w => w.Candidate.Passage is { } passage && sources.Contains(passage.Source.Id) && UntoldDetail.Denies(question, passage));
        if (denying.Candidate is not null)
        {
            return plain with { Best = denying.Candidate with { Note = "no" }, Evidence = denying.Evidence with { Veto = null }, Decline = null };
        }

        if (!plain.Answered || Partly(plain) || !UntoldDetail.Gives(question, plain.Best!.Passage!))
        {
            return plain with { Decline = plain.Decline ?? DeclineReason.LowConfidence };
        }

        return ClaimPolarity.Of(question, plain.Best!.Passage!) == Polarity.Affirmed
            ? plain with { Best = plain.Best with { Note = "yes" } }
            : plain with { Decline = DeclineReason.LowConfidence };
    }

    /// <summary>How far below the best a sentence may score and still be weighed against a denial (either way).</summary>
    private const double DenialReach = 0.05;

    /// <summary>
    /// A plain reading left unsettled (two sentences of the same words score alike) is answered "No" by the best sentence
    /// that denies the asked deed to the asked person in so many words (<see cref="NamedDenial"/>, the person its object;
    /// <see cref="DoerDenial"/>, its doer): it must be a sentence as good as the best, cover every word of the question,
    /// and no sentence as good may tell that deed done.
    /// </summary>
    private static Decision? Denial(QuestionReading question, Decision plain)
    {
        if (plain.Decline is not DeclineReason.LowConfidence || plain.Weighed.Count == 0)
        {
            return null;
        }

        var top = plain.Weighed.Where(w => w.Evidence.Veto is null).Select(w => w.Evidence.Confidence).DefaultIfEmpty(0).Max();
        var rivals = plain.Weighed
            .Where(w => w.Evidence.Veto is null && w.Candidate.Passage is not null)
            .Where(w => w.Evidence.Confidence >= RankingWeights.Threshold && w.Evidence.Confidence >= top - DenialReach)
            .ToList();
        // A denial by the asked doer stands at the plain threshold: it is read only where every word of the question the
        // sentence lacks stands in the one before it, which scores it lower than a sentence holding them all.
        var denying = rivals.FirstOrDefault(w => w.Evidence.Missing.Count == 0
            && ((w.Evidence.Confidence >= RankingWeights.Contrary && NamedDenial.Denies(question, w.Candidate.Passage!)) || DoerDenial.Denies(question, w.Candidate.Passage!)));
        if (denying.Candidate is null || rivals.Any(w => NamedDenial.Affirms(question, w.Candidate.Passage!) || DoerDenial.Affirms(question, w.Candidate.Passage!)))
        {
            return null;
        }

        return plain with { Best = denying.Candidate with { Note = "no" }, Evidence = denying.Evidence, Decline = null };
    }

    /// <summary>
    /// "Did the mission at the UN say anything?" is not answered "No" by a sentence that places something else elsewhere:
    /// a contrary answer must tell the doing asked about, its verb and, when the question asks whether someone said
    /// something, a saying.
    /// </summary>
    private static bool TellsTheDoing(QuestionReading question, Passage passage)
    {
        var verbs = question.VerbTerms();
        if (verbs.Count > 0 && !verbs.Any(v => v.IsIn(passage.Words)))
        {
            return false;
        }

        return !question.LowerWords.Any(QuestionWords.SayVerbs.Contains)
            || passage.Analysis.Tokens.Any(t => QuestionWords.SayVerbs.Contains(t.Text.ToLowerInvariant()) || t.Text.Equals("according", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Did the crew win a medal in the 200 meters?" is not answered "No" by "the two Koreas": another number says the
    /// claim is not so only when it counts or measures the same noun as the claim ("12 women" for "were there 10 women?").
    /// A claim with no noun after its number is checked as before.
    /// </summary>
    private static bool CountsTheClaimed(QuestionReading question, List<string> says) =>
        question.ClaimCounted.Count == 0 || question.ClaimCounted.Any(says.Contains);

    /// <summary>
    /// "Was this Kim Yong Chol's first visit to the White House?" and "It was the second time that Kim Yong Chol had come
    /// to the White House": when no sentence says the ordinal asked, the sentence that says everything else of the
    /// question with another ordinal, and never the one asked, answers "No".
    /// </summary>
    private static Decision? OtherOrdinal(QuestionReading question, AnsweringModel model)
    {
        var ordinal = question.Terms.FirstOrDefault(t => t.Role == TermRole.Ordinal && t.Value is not null);
        if (ordinal is null)
        {
            return null;
        }

        var without = Typed(question with { Claim = null, Terms = [.. question.Terms.Where(t => t != ordinal)] }, AnswerType.What, model);
        if (without.Evidence is not { } top || without.Decline is not (null or DeclineReason.LowConfidence) || top.Confidence < RankingWeights.Threshold)
        {
            return null;
        }

        // The best sentence, or one as good (two sentences tying leave the plain question unsettled), that says another ordinal.
        foreach (var (candidate, evidence) in without.Weighed)
        {
            if (evidence.Confidence < top.Confidence - RankingWeights.RivalMargin)
            {
                break;
            }

            if (evidence is { Veto: null, Missing.Count: 0 } && SaysOtherOrdinal(candidate.Passage!, (int)ordinal.Value!.Value))
            {
                return without with { Best = candidate with { Note = "no" }, Evidence = evidence, Decline = null };
            }
        }

        return null;
    }

    /// <summary>The sentence says an ordinal ("second", "3rd"), and none is the one asked.</summary>
    private static bool SaysOtherOrdinal(Passage passage, int asked)
    {
        var other = false;
        foreach (var token in passage.Analysis.Tokens)
        {
            if (Language.Quantities.NumberWords.Ordinal(token.Text.ToLowerInvariant()) is { } n)
            {
                if (n == asked)
                {
                    return false;
                }

                other = true;
            }
        }

        return other;
    }

    /// <summary>
    /// A passage that lacks some word of the question ("draped in American flags" and a sentence about the UN's flag)
    /// says something else: neither "yes" nor "no" can be read from it.
    /// </summary>
    private static bool Partly(Decision decision) => decision.Evidence is { Missing.Count: > 0 };
}
