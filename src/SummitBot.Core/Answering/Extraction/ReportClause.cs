using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// 'The skipper said that the nets had been cut and that the crew was "furious" about the fine': a report of several
/// clauses, each opened by "that" after "and", tells several things. Asked what the speaker said about one of them,
/// the clause that holds it answers, not the whole report with the others.
/// </summary>
internal static class ReportClause
{
    /// <summary>
    /// The characters of the one "and that" clause of <paramref name="report"/> (or its first clause) that
    /// <paramref name="asked"/> holds when the others do not; null when the report has one clause, or the question's
    /// words are in none or in several.
    /// </summary>
    public static (int Start, int End)? Asked(Passage passage, Annotation report, Func<string, bool> asked)
    {
        var tokens = passage.Analysis.Tokens;
        var inside = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Start >= report.Start && tokens[i].End <= report.End).ToList();
        if (inside.Count < 4)
        {
            return null;
        }

        // Each "and that" (after an optional comma) opens the next clause; the first runs from the report's start.
        var opens = inside.Where(i => i + 1 < tokens.Count && tokens[i].Text.Equals("and", StringComparison.OrdinalIgnoreCase)
            && tokens[i + 1].Text.Equals("that", StringComparison.OrdinalIgnoreCase) && i + 2 <= inside[^1]).ToList();
        if (opens.Count == 0)
        {
            return null;
        }

        var clauses = new List<(int Start, int End)>();
        var start = report.Start;
        foreach (var and in opens)
        {
            var before = tokens[and - 1].Text == "," ? and - 2 : and - 1;
            clauses.Add((start, tokens[before].End));
            start = tokens[and + 2].Start;
        }

        clauses.Add((start, report.End));
        var holding = clauses.Where(c => c.End > c.Start && asked(passage.Text[c.Start..c.End])).ToList();
        return holding.Count == 1 ? holding[0] : null;
    }
}
