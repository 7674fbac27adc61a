using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "Who won the women's race?" and "Kiprop won the men's race ..., while Jo Un-ok took the women's title": the answer's
/// clause has the thing asked ("race") owned by another kind ("men's"), and the kind asked ("women's") stands only in
/// another clause. Its doer won another thing of the same name. Only common nouns as owners: "North Korea's team" and
/// "Kim's visit" are the business of the features that weigh places and people.
/// </summary>
internal static class OwnerOfOtherKind
{
    /// <summary>What an answer keeps of its fit when its clause gives the thing asked to another kind of owner.</summary>
    private const double OtherOwnerKind = 0.2;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        var asked = question.OwnedKinds;
        if (asked.Count == 0 || candidate.Passage is not { } passage || candidate.IsCurated)
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(passage.Text, candidate.Start);
        var clause = passage.Analysis.Tokens.Where(t => t.Start >= from && t.End <= Math.Max(from, to)).ToList();
        var inClause = OwnedKind.In(clause);
        var clauseWords = clause.Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToHashSet();
        var stretch = Stretch(passage, candidate.Start);
        return asked.Any(a => (!clauseWords.Contains(a.Owner) && inClause.Any(c => SameWord(c.Head, a.Head) && c.Owner != a.Owner)) || AllKinds(stretch, a))
            ? OtherOwnerKind
            : 1.0;
    }

    /// <summary>
    /// "... so the home runners won both races": the clause has the thing asked only in the plural, with no owner, and
    /// not the owner asked; it sums up every kind together, and its doers are not the one who won the kind asked.
    /// </summary>
    private static bool AllKinds(List<Language.Token> stretch, OwnedKind asked) =>
        !asked.Head.EndsWith('s') && !stretch.Any(t => t.IsWord && t.Text.Equals(asked.Owner, StringComparison.OrdinalIgnoreCase))
        && stretch.Any(t => t.IsWord && t.Text.Equals(asked.Head + "s", StringComparison.OrdinalIgnoreCase));

    /// <summary>The tokens between the commas (or the sentence's ends) around <paramref name="start"/>: the candidate's own stretch of words.</summary>
    private static List<Language.Token> Stretch(Retrieval.Passage passage, int start)
    {
        var tokens = passage.Analysis.Tokens;
        var at = Math.Max(0, tokens.FindIndex(t => t.End > start));
        var first = tokens.FindLastIndex(at, t => t.Text is "," or ";") + 1;
        var last = tokens.FindIndex(at, t => t.Text is "," or ";");
        return tokens.GetRange(first, (last < 0 ? tokens.Count : last) - first);
    }

    private static bool SameWord(string a, string b) => a == b || a + "s" == b || b + "s" == a;
}
