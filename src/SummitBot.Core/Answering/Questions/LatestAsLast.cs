using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Time;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "the most recent test", "the latest round": the newest of a series, which a story tells as the last one ("the last of
/// its six tests", "its last and largest test"). WordNet does not relate the words, so a question in them found no
/// passage, or took the sources' silence on "recent" for proof that a passage is about something else. "most" only
/// makes the superlative and is no word a passage must have. Only "last" as a determiner's adjective tells the newest
/// one: "last held in 2015" and "last year" tell when, not which of a series.
/// </summary>
internal static class LatestAsLast
{
    /// <summary>Determiners before "last" that make it pick one of a series ("the last", "its last").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "their", "his", "her", "our" };

    /// <summary>The ways of saying newest of a series: "latest", and "recent" after "most".</summary>
    private static bool SaysNewest(List<string> plain, int i) =>
        plain[i] == "latest" || (plain[i] == "recent" && i > 0 && plain[i - 1] == "most");

    /// <summary>The terms with "most" dropped and the word of newness marked <see cref="QuestionTerm.Newest"/>.</summary>
    public static List<QuestionTerm> Apply(List<QuestionTerm> terms, List<string> plain, AnsweringModel model)
    {
        var newest = Enumerable.Range(0, plain.Count).Where(i => SaysNewest(plain, i)).Select(i => plain[i]).ToHashSet(StringComparer.Ordinal);
        if (newest.Count == 0)
        {
            return terms;
        }

        var last = model.Snapshot.Analyzer.Terms("last");
        var weight = last.Count == 0 ? (double?)null : model.Weight(last[0]);
        return [.. terms
            .Where(t => !(newest.Contains("recent") && t.Word.Equals("most", StringComparison.OrdinalIgnoreCase)))
            .Select(t => newest.Contains(t.Word.ToLowerInvariant()) ? t with { Newest = true, Unknown = false, Weight = weight ?? t.Weight } : t)];
    }

    /// <summary>
    /// Whether the passage tells the newest of a series as "the last" (not "last" before a unit of time or a date). The
    /// series is the sentence's own: every other word the question has must be in it, since "the last" of one doer's
    /// series said beside another doer named in the next sentence is no answer for that one.
    /// </summary>
    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage)
    {
        if (!term.Newest || !question.Terms.Where(t => t != term).All(t => t.IsIn(passage.Words) || t.Forms.Any(passage.Words.Contains)))
        {
            return false;
        }

        var tokens = passage.Analysis.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Is("last") && (Determiners.Contains(tokens[i - 1].Text) || tokens[i - 1].Kind == TokenKind.Possessive)
                && !(i + 1 < tokens.Count && (Calendar.IsTimeUnit(tokens[i + 1].Text.ToLowerInvariant()) || Calendar.IsCalendarWord(tokens[i + 1].Text))))
            {
                return true;
            }
        }

        return false;
    }
}
