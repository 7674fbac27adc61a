using System.Text.RegularExpressions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "interviewed twice, in May and again in November", "met on Monday and on Thursday": two dates of one grain joined
/// by "and" (with at most "again", "also" or "then" and a preposition between) are the times of one deed, told
/// together; either alone is only part of the answer.
/// </summary>
internal static partial class JoinedDates
{
    /// <summary>How well one of two joined dates answers alone: part of the answer, below the two together.</summary>
    public const double Part = 0.8;

    /// <summary>What may stand between two dates of one deed (no comma: ", and on Tuesday she ..." opens a clause of its own): "and", then "again"/"also"/"then", then "in"/"on"/"at".</summary>
    [GeneratedRegex(@"^and(?:\s{1,3}(?:again|also|then))?(?:\s{1,3}(?:in|on|at))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Between();

    /// <summary>The indexes i of the passage's dates (in order) that are joined to date i + 1.</summary>
    public static HashSet<int> Firsts(Passage passage, IReadOnlyList<Annotation> dates)
    {
        var firsts = new HashSet<int>();
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var (a, b) = (dates[i], dates[i + 1]);
            if (b.Start >= a.End && Between().IsMatch(passage.Text[a.End..b.Start].Trim())
                && CalendarDate.Decode(a.Value) is { } first && CalendarDate.Decode(b.Value) is { } second && first.Grain == second.Grain && first.From < second.From)
            {
                firsts.Add(i);
            }
        }

        return firsts;
    }
}
