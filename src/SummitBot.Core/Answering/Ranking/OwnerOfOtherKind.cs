using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language;

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
        if (candidate.Passage is not { } passage || candidate.IsCurated || !question.Text.Contains('\'') && !question.Text.Contains('\u2019'))
        {
            return 1.0;
        }

        // The owner asked must be a common noun as typed ("women's", not "Xi's" nor a name typed in lower case).
        var asked = OwnedPairs(Tokenizer.Tokenize(question.Text), anyCase: false)
            .Where(a => !question.Terms.Any(t => t.Role == TermRole.Name && t.Word.Equals(a.Owner, StringComparison.OrdinalIgnoreCase))
                && Language.Relations.WordRelations.Default.IsNounForm(a.Owner))
            .ToList();
        if (asked.Count == 0)
        {
            return 1.0;
        }

        var (from, to) = Clauses.Around(passage.Text, candidate.Start);
        var clause = passage.Analysis.Tokens.Where(t => t.Start >= from && t.End <= Math.Max(from, to)).ToList();
        var inClause = OwnedPairs(clause, anyCase: false);
        var clauseWords = clause.Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant()).ToHashSet();
        return asked.Any(a => !clauseWords.Contains(a.Owner) && inClause.Any(c => SameWord(c.Head, a.Head) && c.Owner != a.Owner))
            ? OtherOwnerKind
            : 1.0;
    }

    /// <summary>"women's race": a lower-case owner with its possessive ending and the noun after it.</summary>
    private static List<(string Owner, string Head)> OwnedPairs(List<Token> tokens, bool anyCase)
    {
        var pairs = new List<(string, string)>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].IsWord && (anyCase || !tokens[i].IsCapitalized) && tokens[i + 1].Kind == TokenKind.Possessive && tokens[i + 2].IsWord)
            {
                pairs.Add((tokens[i].Text.ToLowerInvariant(), tokens[i + 2].Text.ToLowerInvariant()));
            }
        }

        return pairs;
    }

    private static bool SameWord(string a, string b) => a == b || a + "s" == b || b + "s" == a;
}
