using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Did the Burgas pilots hold a second drill?" and "The Varna pilots held their second drill on Monday, while the
/// Burgas pilots held their first": the ordinal asked stands in the clause of another party, and the name asked only in
/// a clause of its own with another ordinal. The sentence tells someone else's second, not the one asked of.
/// </summary>
internal static class OrdinalOfOtherParty
{
    /// <summary>How much of its fit an answer keeps whose sentence gives the ordinal asked to another party than the one named.</summary>
    private const double OtherParty = 0.3;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (candidate.Passage is not { } passage || question.Terms.FirstOrDefault(t => t.Role == TermRole.Ordinal && t.Value is not null) is not { } ordinal)
        {
            return 1.0;
        }

        var names = question.Terms.Where(t => t.Role == TermRole.Name).ToList();
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var named = Enumerable.Range(0, tokens.Count).Where(k => names.Any(n => n.IsIn(stems[k]))).ToList();
        if (named.Count == 0)
        {
            return 1.0;
        }

        // The name asked has a clause of its own with another ordinal ("while the Burgas pilots held their first"): the
        // sentence sets two parties' counts side by side. Without one, the name may be told in passing in another clause
        // ("returned to Beijing in June, ..., when he celebrated his 35th birthday in the Chinese capital").
        if (!named.Any(k => OtherOrdinalInClause(passage, tokens, stems, question, k, (int)ordinal.Value!.Value)))
        {
            return 1.0;
        }

        var saysOrdinal = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Language.Quantities.NumberWords.Ordinal(tokens[i].Text.ToLowerInvariant()) is not { } n || n != (int)ordinal.Value!.Value)
            {
                continue;
            }

            var (from, to) = Clauses.Around(passage.Text, tokens[i].Start);
            if (named.Any(k => tokens[k].Start >= from && tokens[k].End <= to) || !NamesAnother(tokens, stems, question, from, to))
            {
                return 1.0;
            }

            saysOrdinal = true;
        }

        return saysOrdinal ? OtherParty : 1.0;
    }

    /// <summary>
    /// Whether the clause around the token at <paramref name="at"/> says an ordinal other than <paramref name="asked"/>
    /// and a word of the question's own besides its names ("the Burgas pilots held their first": "pilots", "held").
    /// </summary>
    private static bool OtherOrdinalInClause(Retrieval.Passage passage, List<Language.Token> tokens, IReadOnlyList<string[]> stems, QuestionReading question, int at, int asked)
    {
        var (from, to) = Clauses.Around(passage.Text, tokens[at].Start);
        var inClause = Enumerable.Range(0, tokens.Count).Where(k => tokens[k].Start >= from && tokens[k].End <= to).ToList();
        return inClause.Any(k => Language.Quantities.NumberWords.Ordinal(tokens[k].Text.ToLowerInvariant()) is { } n && n != asked)
            && inClause.Any(k => question.Terms.Any(t => t.Role is TermRole.Content or TermRole.Event && stems[k].Contains(t.Stem)));
    }

    /// <summary>
    /// Whether the clause names a party of its own: a capitalized word, not the sentence's first, that is no word of the
    /// question ("The Varna pilots"). "It was the second time that ..." names nobody in the ordinal's clause.
    /// </summary>
    private static bool NamesAnother(List<Language.Token> tokens, IReadOnlyList<string[]> stems, QuestionReading question, int from, int to) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(k => tokens[k].Start >= from && tokens[k].End <= to && tokens[k].IsWord && tokens[k].IsCapitalized
            && !question.Terms.Any(t => t.IsIn(stems[k])));
}
