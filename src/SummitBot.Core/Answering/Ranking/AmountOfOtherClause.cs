using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What does a week on the houseboat cost?" and "Anglers pay 20 euros a day for a permit, and a week on the
/// houseboat costs about 400 euros": two clauses joined by ", and" (", but", ";") each give their own amount, and each
/// amount belongs to the words of its own clause. An amount whose clause holds fewer of the question's words than the
/// clause of another amount of the sentence tells of something else than what is asked, and is marked down.
/// </summary>
internal static class AmountOfOtherClause
{
    /// <summary>How much of its fit an amount keeps whose clause holds fewer of the question's words than another amount's clause.</summary>
    private const double OtherClause = 0.5;

    public static double Fit(QuestionReading question, AnswerCandidate candidate)
    {
        if (question.Type is not AnswerType.Amount || candidate.Passage is not { } passage)
        {
            return 1.0;
        }

        var tokens = passage.Analysis.Tokens;
        var clauses = ClauseStarts(tokens);
        if (clauses.Count < 2)
        {
            return 1.0;
        }

        var amounts = passage.Of(AnnotationKind.Quantity)
            .Where(q => q.Detail.StartsWith("money:", StringComparison.Ordinal) || q.Detail.StartsWith("unit:", StringComparison.Ordinal))
            .Select(q => ClauseOf(clauses, tokens.FindIndex(t => t.Start >= q.Start)))
            .ToHashSet();
        var own = ClauseOf(clauses, tokens.FindIndex(t => t.Start >= candidate.Start));
        if (own < 0 || amounts.Count < 2)
        {
            return 1.0;
        }

        var held = Held(question, passage, clauses, own);
        return amounts.Any(other => other != own && other >= 0 && Held(question, passage, clauses, other) > held) ? OtherClause : 1.0;
    }

    /// <summary>
    /// The token indices where each clause starts: 0, and each opening of a joined clause or of one set against it by ",
    /// while" ("Visitors pay 8 euros, while members pay 3 euros"), which gives its own amount as ", and" does.
    /// </summary>
    private static List<int> ClauseStarts(List<Language.Token> tokens) =>
        [0, .. Enumerable.Range(2, Math.Max(0, tokens.Count - 2)).Where(i => JoinedClause.Opens(tokens, i) || Contrasted(tokens, i))];

    private static bool Contrasted(List<Language.Token> tokens, int i) =>
        tokens[i - 2].Text == "," && tokens[i - 1].Text.Equals("while", StringComparison.OrdinalIgnoreCase) && !tokens[i].Text.EndsWith("ing", StringComparison.Ordinal);

    private static int ClauseOf(List<int> starts, int at) => at < 0 ? -1 : starts.FindLastIndex(s => s <= at);

    /// <summary>How many of the question's words (content, event, name) the clause <paramref name="n"/> holds.</summary>
    private static int Held(QuestionReading question, Retrieval.Passage passage, List<int> starts, int n)
    {
        var from = starts[n];
        var to = n + 1 < starts.Count ? starts[n + 1] : passage.Analysis.Tokens.Count;
        var stems = passage.Analysis.TokenStems;
        return question.Terms.Count(t => t.Role is TermRole.Content or TermRole.Event or TermRole.Name && Enumerable.Range(from, to - from).Any(i => t.IsIn(stems[i])));
    }
}
