using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>How near the answer stands to the nearest of the question's words in the sentence, and how much of the question's weight its own clause has.</summary>
internal static class AnswerProximity
{
    public static double Of(QuestionReading question, AnswerCandidate candidate)
    {
        var passage = candidate.Passage!;
        if (candidate.Start == 0 && candidate.End == passage.Text.Length)
        {
            return 0.5;
        }

        // Each question word's nearest occurrence; the answer of a sentence that says several things stands by the words it answers.
        var nearest = new Dictionary<QuestionTerm, int>();
        var analysis = passage.Analysis;
        for (var i = 0; i < analysis.Tokens.Count; i++)
        {
            var token = analysis.Tokens[i];
            var stems = analysis.TokenStems[i];
            // "about 20 steps" for "how many steps ...?": the counted noun is the answer's own word, as near as a word can be.
            // So are the words of a quote to its speaker ("who said ...?"): the candidate stands for the quoted words,
            // which are what the question asks about, wherever in the sentence the speaker is named.
            var inAnswer = token.Start >= candidate.Start && token.End <= candidate.End;
            if (stems.Length == 0 || (inAnswer && candidate.Type is not (AnswerType.Number or AnswerType.Speaker)))
            {
                continue;
            }

            foreach (var term in question.Terms)
            {
                if (term.IsIn(stems))
                {
                    var distance = inAnswer ? 0 : Math.Max(0, token.End <= candidate.Start ? candidate.Start - token.End : token.Start - candidate.End);
                    nearest[term] = Math.Min(nearest.GetValueOrDefault(term, int.MaxValue), distance);
                }
            }
        }

        // "The men, aged 22 and 23": the words of the group the noun refers back to stand where the noun does.
        foreach (var group in passage.Of(Language.Reading.AnnotationKind.Group))
        {
            var stems = passage.Analyze(group.Value);
            var distance = Math.Max(0, group.End <= candidate.Start ? candidate.Start - group.End : group.Start - candidate.End);
            foreach (var term in question.Terms.Where(t => t.IsIn(stems)))
            {
                nearest[term] = Math.Min(nearest.GetValueOrDefault(term, int.MaxValue), distance);
            }
        }

        // "took the step because ...": the words of the deed told before stand where the noun that refers back to it does.
        if (candidate.Type == AnswerType.Reason && DeedReferredBack.At(passage) is var deed and >= 0)
        {
            var noun = analysis.Tokens[deed];
            var distance = Math.Max(0, noun.End <= candidate.Start ? candidate.Start - noun.End : noun.Start - candidate.End);
            foreach (var term in question.Terms.Where(t => DeedReferredBack.Tells(question, t, passage)))
            {
                nearest[term] = Math.Min(nearest.GetValueOrDefault(term, int.MaxValue), distance);
            }
        }

        // "on his plane to Riyadh" for "where was he flying to?": the going asked stands where the journey does.
        if (candidate.Type == AnswerType.Place && question.Terms.Where(t => JourneyTo.Tells(question, t, passage)).ToList() is { Count: > 0 } going)
        {
            var journey = analysis.Tokens[JourneyTo.At(passage)];
            var distance = Math.Max(0, journey.End <= candidate.Start ? candidate.Start - journey.End : journey.Start - candidate.End);
            foreach (var term in going)
            {
                nearest[term] = Math.Min(nearest.GetValueOrDefault(term, int.MaxValue), distance);
            }
        }

        if (nearest.Count == 0)
        {
            return 0.3;
        }

        double sum = 0, weights = 0;
        foreach (var (term, distance) in nearest)
        {
            var weight = term.Role == TermRole.Name ? 0.5 : 1.0;
            sum += weight / (1.0 + (distance / 40.0));
            weights += weight;
        }

        return (0.5 * sum / weights) + (0.5 * InClause(question, candidate));
    }

    /// <summary>Share of the question's weight found in the answer's own clause: "Kim landed at Changi, while Trump's plane touched down at Paya Lebar".</summary>
    private static double InClause(QuestionReading question, AnswerCandidate candidate)
    {
        var passage = candidate.Passage!;
        var (from, to) = Clauses.Around(passage.Text, candidate.Start, timeClause: candidate.Type is AnswerType.Date or AnswerType.ClockTime);
        if (candidate.Type == AnswerType.Reason && from == candidate.Start - 1 && from > 0)
        {
            // "trade fell by about half last year, as China enforced sanctions": a reason clause set off by its own
            // break explains the clause before it, which is where the question's words are.
            from = Clauses.Around(passage.Text, from - 1).Start;
        }

        var clause = passage.Analysis.StemsBetween(from, Math.Max(from, to));
        foreach (var group in passage.Of(Language.Reading.AnnotationKind.Group).Where(g => g.Start >= from && g.End <= to))
        {
            clause.UnionWith(passage.Analyze(group.Value));
        }

        if (candidate.Type == AnswerType.Reason && DeedReferredBack.At(passage) is var deed and >= 0
            && passage.Analysis.Tokens[deed].End <= candidate.Start && passage.Text[passage.Analysis.Tokens[deed].End..candidate.Start].IndexOfAny([',', ';']) < 0)
        {
            // "took the step because ...": the reason hangs on the noun, whose deed's words were told the sentence before.
            clause.UnionWith(question.Terms.Where(t => DeedReferredBack.Tells(question, t, passage)).Select(t => t.Stem));
        }

        if (candidate.Type == AnswerType.Place && JourneyTo.At(passage) is var journey and >= 0
            && passage.Analysis.Tokens[journey].Start >= from && passage.Analysis.Tokens[journey].End <= to)
        {
            // "on his plane to Riyadh": the journey in the answer's clause tells the going the question asks.
            clause.UnionWith(question.Terms.Where(t => JourneyTo.Tells(question, t, passage)).Select(t => t.Stem));
        }

        double found = 0, total = 0;
        foreach (var term in question.Terms)
        {
            // Names count half, as in proximity: they set the scene and are repeated across a sentence's clauses ("the
            // two men talked one-on-one for nearly two hours ..., and the meeting ran to three hours, ... Putin ... Kim");
            // what the question asks about is in its other words.
            var weight = term.Role == TermRole.Name ? 0.5 * term.Weight : term.Weight;
            total += weight;
            found += term.IsIn(clause) ? weight : 0;
        }

        return total == 0 ? 0.5 : found / total;
    }
}
