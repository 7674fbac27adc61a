using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did the minister reply?" and "... wrote to the minister on Monday, though a spokesman did not say whether the
/// minister had replied": the sentence has the question's deed only inside a clause that says it is not known
/// ("did not say whether", "it was unclear if", "unknown whether"). It tells that the sources do not know, so nothing in
/// it answers: not the sentence, not its date, not "yes". The question's other words may stand outside (the names, "the
/// board" the deed is asked of), but a verb of the question that the sentence has only inside that clause is not told.
/// </summary>
internal static class NotKnownWhether
{
    /// <summary>How many words may stand between the not-knowing words and "whether" ("did not immediately say whether").</summary>
    private const int Reach = 4;

    /// <summary>Verbs and adjectives that, negated, say something is not known or not told.</summary>
    private static readonly HashSet<string> Telling = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "said", "says", "saying", "know", "known", "knew", "clear", "confirm", "confirmed", "disclose", "disclosed",
        "reveal", "revealed", "specify", "specified", "indicate", "indicated", "sure", "certain", "comment", "explain", "explained",
    };

    /// <summary>Words that say it alone.</summary>
    private static readonly HashSet<string> NotKnown = new(StringComparer.OrdinalIgnoreCase) { "unclear", "unknown", "uncertain" };

    public static string? Veto(QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var opens = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => IsWhether(tokens[i].Text) && SaysNotKnown(tokens, i), -1);
        if (opens < 0)
        {
            return null;
        }

        var stems = passage.Analysis.TokenStems;
        var ends = Enumerable.Range(opens, tokens.Count - opens).FirstOrDefault(i => tokens[i].Text is ";" or ":", tokens.Count);
        var relations = Language.Relations.WordRelations.Default;
        foreach (var term in question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event && relations.IsVerb(t.Word.ToLowerInvariant())))
        {
            var found = Enumerable.Range(0, tokens.Count).Where(i => term.IsIn(stems[i])).ToList();
            if (found.Count > 0 && found.All(i => i > opens && i < ends))
            {
                return $"says it is not known whether {string.Join(' ', tokens.Skip(opens + 1).Take(Math.Min(6, ends - opens - 1)).Select(t => t.Text))}";
            }
        }

        return null;
    }

    private static bool IsWhether(string word) => word.Equals("whether", StringComparison.OrdinalIgnoreCase) || word.Equals("if", StringComparison.OrdinalIgnoreCase);

    /// <summary>"did not say whether", "was not immediately clear if", "unclear whether": just before the "whether".</summary>
    private static bool SaysNotKnown(IReadOnlyList<Language.Token> tokens, int whether)
    {
        var from = Math.Max(0, whether - Reach - 1);
        var before = tokens.Skip(from).Take(whether - from).Select(t => t.Text).ToList();
        if (before.Count > 0 && NotKnown.Contains(before[^1]))
        {
            return true;
        }

        var negated = before.FindLastIndex(NegationWords.IsNegator);
        return negated >= 0 && before.Skip(negated + 1).Any(Telling.Contains);
    }
}
