using SummitBot.Answering.Questions;
using SummitBot.Language;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// A clause joined on to a sentence (", and ...", ", but ...", "; ...", or another opening a caller names) and whether it
/// tells a doing other than the one asked: the shared ground of <see cref="DateOfOtherClause"/> and
/// <see cref="LengthOfOtherClause"/>, which differ only in where a clause may open and what else it must have.
/// </summary>
internal static class JoinedClause
{
    /// <summary>Whether a joined clause starts at token <paramref name="i"/>: right after ";" or after ", and" / ", but".</summary>
    public static bool Opens(List<Token> tokens, int i) =>
        i > 1 && i < tokens.Count && (tokens[i - 1].Text == ";" || (tokens[i - 2].Text == "," && tokens[i - 1].Text.ToLowerInvariant() is "and" or "but"));

    /// <summary>
    /// The tokens [from, to) of the clause around <paramref name="at"/> opened where <paramref name="opens"/> says (after
    /// some words of the sentence), up to the next such opening or the sentence's end; null when <paramref name="at"/>
    /// stands in the sentence's first clause.
    /// </summary>
    public static (int From, int To)? Around(List<Token> tokens, int at, Func<List<Token>, int, bool> opens)
    {
        var from = at;
        while (from > 1 && !opens(tokens, from))
        {
            from--;
        }

        if (from <= 1 || !opens(tokens, from))
        {
            return null;
        }

        var to = at + 1;
        while (to < tokens.Count && !opens(tokens, to))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// Whether the clause [from, to) holds none of the question's words (content, event, name) while the sentence before
    /// it holds some: what the clause tells is another doing than the one asked.
    /// </summary>
    public static bool TellsOtherThanAsked(QuestionReading question, Retrieval.Passage passage, int from, int to)
    {
        var stems = passage.Analysis.TokenStems;
        bool Asked(int i) => question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && t.IsIn(stems[i]));
        return !Enumerable.Range(from, to - from).Any(Asked) && Enumerable.Range(0, from).Any(Asked);
    }
}
