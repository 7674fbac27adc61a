using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the crew abandon the barge?" and "The tugs reached port last week, days after the crew abandoned the
/// barge off Jeju": a clause set off as "days after ..." ("hours before ...", "a week after ...") tells a deed at
/// another time than the rest of the sentence, and says so. A date on one side of it is not the time of what the
/// other side tells; when the question's words are all on the other side, the date answers something else.
/// </summary>
internal static class DateApartInTime
{
    /// <summary>How much of its fit a date keeps that is on the other side of a "days after" clause from what is asked.</summary>
    private const double OtherTime = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= candidate.Start);
        if (at < 0 || TimeClause(tokens) is not var (from, to))
        {
            return 1.0;
        }

        var stems = passage.Analysis.TokenStems;
        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        bool Asked(int i) => asked.Any(t => t.IsIn(stems[i]));
        var inside = Enumerable.Range(from, to - from).Any(Asked);
        var outside = Enumerable.Range(0, tokens.Count).Any(i => (i < from || i >= to) && Asked(i));
        var dateInside = at >= from && at < to;
        return asked.Count > 0 && (dateInside ? outside && !inside : (inside && !outside) || VerbOnlyInside(question, passage, from, to)) ? OtherTime : 1.0;
    }

    /// <summary>
    /// "When did the port close to trawlers?" and "Skippers in the town tallied their losses on Monday, two days after
    /// the port said it would close to trawlers": the question's verb is told only inside the "days after" clause,
    /// while a word it shares with the rest ("the town") is no deed; a date outside is of the other deed.
    /// </summary>
    private static bool VerbOnlyInside(QuestionReading question, Retrieval.Passage passage, int from, int to)
    {
        var verb = question.Terms.FirstOrDefault(t => t.Role is TermRole.Content or TermRole.Event && question.MayBeVerbs.Contains(t.Word.ToLowerInvariant()));
        if (verb is null)
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        var inside = Enumerable.Range(from, to - from).Any(i => verb.IsIn(stems[i]));
        return inside && !Enumerable.Range(0, stems.Count).Any(i => (i < from || i >= to) && verb.IsIn(stems[i]));
    }

    /// <summary>
    /// The tokens [from, to) of a clause after a comma that opens with a length of time and "after" or "before" ("days
    /// after ...", "two weeks before ..."), to the next comma or the sentence's end; null if the sentence has none.
    /// </summary>
    private static (int From, int To)? TimeClause(List<Token> tokens)
    {
        for (var k = 2; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Text is not ("after" or "before") || !Calendar.IsTimeUnit(tokens[k - 1].Text))
            {
                continue;
            }

            // Back over the length's count ("two", "a", "several") to the comma that sets the clause off.
            var from = k - 1;
            while (from > 0 && tokens[from - 1].Text != "," && from > k - 4)
            {
                from--;
            }

            if (from < 1 || tokens[from - 1].Text != ",")
            {
                continue;
            }

            var to = k + 1;
            while (to < tokens.Count && tokens[to].Text is not ("," or ";"))
            {
                to++;
            }

            return (from, to);
        }

        return null;
    }
}
