using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "When did the ferry enter service?" and "The mayor rode the ferry that entered service in April, and on Friday she
/// cut a ribbon at the new pier": a date in a clause joined on by ", and" (or ", but", ";") with a subject of its own
/// ("she", a name) is the time of that clause's own verb. When none of the question's words stand in that clause and
/// some stand before it, the date tells another deed than the one asked.
/// </summary>
internal static class DateOfOtherClause
{
    /// <summary>How much of its fit a date keeps that dates a joined clause's own deed, none of whose words are asked.</summary>
    private const double OtherDeed = 0.5;

    /// <summary>Subjects that open a clause of its own after ", and on Sunday ...".</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "it", "i" };

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not (AnswerType.Date or AnswerType.ClockTime) || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var at = passage.Analysis.Tokens.FindIndex(t => t.Start >= candidate.Start);
        return at >= 0 && OfOtherDeed(question, passage, at) ? OtherDeed : 1.0;
    }

    /// <summary>
    /// Whether the date at token <paramref name="at"/> stands in a joined clause with a subject of its own that has none
    /// of the question's words, while the sentence before the clause has some of them.
    /// </summary>
    public static bool OfOtherDeed(QuestionReading question, Retrieval.Passage passage, int at)
    {
        var tokens = passage.Analysis.Tokens;
        if (JoinedClauseAround(tokens, at) is not var (from, to) || !HasSubject(passage, from, to))
        {
            return false;
        }

        var stems = passage.Analysis.TokenStems;
        bool Asked(int i) => question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && t.IsIn(stems[i]));
        return !Enumerable.Range(from, to - from).Any(Asked) && Enumerable.Range(0, from).Any(Asked);
    }

    /// <summary>
    /// The tokens [from, to) of the clause around <paramref name="at"/> opened by ", and", ", but" or ";" (after some
    /// words of the sentence), up to the next such opening or the sentence's end; null when the date stands in the
    /// sentence's first clause.
    /// </summary>
    private static (int From, int To)? JoinedClauseAround(List<Token> tokens, int at)
    {
        var from = at;
        while (from > 1 && !Opens(tokens, from))
        {
            from--;
        }

        if (from <= 1 || !Opens(tokens, from))
        {
            return null;
        }

        var to = at + 1;
        while (to < tokens.Count && !Opens(tokens, to))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>Whether a joined clause starts at token <paramref name="i"/>: right after ";" or after ", and" / ", but".</summary>
    internal static bool Opens(List<Token> tokens, int i) =>
        i > 1 && i < tokens.Count && (tokens[i - 1].Text == ";" || (tokens[i - 2].Text == "," && tokens[i - 1].Text.ToLowerInvariant() is "and" or "but"));

    /// <summary>A subject of the clause's own: a subject pronoun ("he") or a person's name.</summary>
    private static bool HasSubject(Retrieval.Passage passage, int from, int to)
    {
        var tokens = passage.Analysis.Tokens;
        return Enumerable.Range(from, to - from).Any(i => SubjectPronouns.Contains(tokens[i].Text))
            || passage.Of(AnnotationKind.Person).Any(p => p.Start >= tokens[from].Start && p.End <= tokens[to - 1].End);
    }
}
