using SummitBot.Answering.Retrieval;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "The repairs could take weeks or even months", "the talks lasted hours": a length of time told by a bare plural unit,
/// with no number, as what a verb of taking or lasting measures. It says how long, if not exactly; a bare unit anywhere
/// else ("for years the dock stood empty", "in recent months") is read by no one as the length of the deed asked.
/// </summary>
internal static class VagueLength
{
    /// <summary>How much of its fit a length keeps that gives no number.</summary>
    public const double Fit = 0.8;

    /// <summary>Verbs whose object is a length of time: what a thing takes or lasts.</summary>
    private static readonly HashSet<string> Measuring = new(StringComparer.OrdinalIgnoreCase)
    {
        "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting",
    };

    /// <summary>Each bare plural unit of time after a verb of taking or lasting, with "or even" and a second unit joined on.</summary>
    public static IEnumerable<(int Start, int End)> In(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!IsPluralUnit(tokens[i].Text) || !Measuring.Contains(tokens[i - 1].Text))
            {
                continue;
            }

            var end = i;
            var or = i + 1;
            if (or < tokens.Count && tokens[or].Text.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                var next = or + 1 < tokens.Count && tokens[or + 1].Text.Equals("even", StringComparison.OrdinalIgnoreCase) ? or + 2 : or + 1;
                end = next < tokens.Count && IsPluralUnit(tokens[next].Text) ? next : i;
            }

            yield return (tokens[i].Start, tokens[end].End);
        }
    }

    private static bool IsPluralUnit(string word) =>
        word.Length > 3 && word.EndsWith('s') && Calendar.IsTimeUnit(word) && char.IsLower(word[0]);
}
