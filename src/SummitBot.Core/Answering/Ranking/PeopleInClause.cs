using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did Kim Jong Un visit Russia?" is not answered by "while his grandfather Kim Il Sung ... visited Vietnam in
/// 1958": the people the question names should be in the answer's own clause (by name or reference).
/// </summary>
internal static class PeopleInClause
{
    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.People.Count == 0 || candidate.Passage is null || question.Type is not (AnswerType.Date or AnswerType.ClockTime or AnswerType.Place or AnswerType.Duration or AnswerType.Number or AnswerType.Amount))
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(candidate.Passage.Text, candidate.Start);
        var inClause = candidate.Passage.Of(Language.Reading.AnnotationKind.Person).Where(a => a.Start >= from && a.End <= Math.Max(from, to))
            .Select(a => Language.Reading.ArticlePerson.KeyOf(a.Value)).ToHashSet();
        var (toldFrom, toldTo) = ToldBy(candidate, from, to);
        var others = candidate.Passage.Of(Language.Reading.AnnotationKind.Person).Any(a => a.Start >= toldFrom && a.End <= Math.Max(toldFrom, toldTo));
        var named = question.People.Any(p => p.Candidates.Any(c => inClause.Contains(c.Key)) || OwnedInClause(question, p, candidate.Passage, from, to));
        return named || !others ? 1.0 : 0.5;
    }

    /// <summary>
    /// "How much did the court award Lund's family?" and "the judge ordered the firm to pay the family $2 million": the
    /// person is asked of only as the owner of a thing ("Lund's family"), and the clause that has "the family" (or "his
    /// family") speaks of theirs, though it does not name them.
    /// </summary>
    private static bool OwnedInClause(QuestionReading question, NamedPerson person, Passage passage, int from, int to)
    {
        if (!person.Qualifies || person.Owns is not { } owned || passage.Analyze(owned) is not [var stem, ..])
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        return Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i].Start >= from && tokens[i].End <= Math.Max(from, to)
            && passage.Analysis.TokenStems[i].Contains(stem) && tokens[i - 1].Text.ToLowerInvariant() is "the" or "his" or "her" or "their");
    }

    /// <summary>
    /// The part of the clause [from, to) that tells what was reported, when the answer stands in a report: "The talks
    /// were to be held on Monday, according to the envoy's aide" has the aide as its source, no doer of the talks.
    /// </summary>
    private static (int From, int To) ToldBy(AnswerCandidate candidate, int from, int to)
    {
        foreach (var told in candidate.Passage!.Of(Language.Reading.AnnotationKind.Quote))
        {
            if (told.Start <= candidate.Start && told.End >= candidate.End)
            {
                return (Math.Max(from, told.Start), Math.Min(to, told.End));
            }
        }

        return (from, to);
    }
}
