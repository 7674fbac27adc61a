using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When is Moon going to Pyongyang?" and "The opening came four days before Moon is due to fly to Pyongyang": in a
/// sentence with no date of its own, "four days before" followed by a clause is read as the time of the sentence's
/// subject (worked out from the story's last date), and the clause after it is another deed, four days apart. When the
/// question's words are all in that clause and none before it, the date is the other deed's: what is asked lies N days
/// from it, on a day the sentence does not give. (With a date earlier in the sentence, the reading dates the clause
/// itself, and this does not apply.)
/// </summary>
internal static class DateBeforeClause
{
    /// <summary>How much of its fit a date keeps that is of the deed before "N days before/after", asked of the deed after.</summary>
    private const double OtherDeed = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        var relation = at + 2;
        if (at < 1 || relation + 1 >= tokens.Count || !Calendar.IsTimeUnit(tokens[at + 1].Text.ToLowerInvariant())
            || tokens[relation].Text.ToLowerInvariant() is not ("before" or "after") || !tokens[relation + 1].IsWord
            || passage.Of(AnnotationKind.Date).Any(d => d.Start < candidate.Start))
        {
            return 1.0;
        }

        var to = relation + 1;
        while (to < tokens.Count && tokens[to].Text is not ("," or ";" or "."))
        {
            to++;
        }

        var stems = passage.Analysis.TokenStems;
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name).ToList();
        bool Asked(int i) => tokens[i].IsWord && asked.Any(t => t.IsIn(stems[i]));
        var inClause = Enumerable.Range(relation + 1, to - relation - 1).Any(Asked);
        var before = Enumerable.Range(0, at).Any(Asked);
        return inClause && !before ? OtherDeed : 1.0;
    }
}
