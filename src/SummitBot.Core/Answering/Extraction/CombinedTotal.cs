using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language;
using SummitBot.Language.Reading;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// "exports of tin, wool and rice, which together earned about $600 million": a sum a sentence gives for several things
/// at once ("together", "combined", "between them", "in all") is their total, and not the amount of any one of them. A
/// question asking of one thing of the list and not of the others it is summed with ("how much does the tin earn?") is
/// not answered by the total; one naming them all is.
/// </summary>
internal static class CombinedTotal
{
    /// <summary>How much of its fit a total keeps when the question asks of only one of the things it sums.</summary>
    public const double Weight = 0.3;

    /// <summary>The most tokens read back from the sum for the word that makes it a total, and from that word for the list.</summary>
    private const int Reach = 12;

    /// <summary>Words that make a sum the total of the things before them.</summary>
    private static readonly HashSet<string> TotalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "together", "combined", "altogether", "jointly", "collectively",
    };

    /// <summary>Whether the sum is a total of a list the question names only part of.</summary>
    public static bool AsksOnlyOne(QuestionReading question, Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= quantity.Start);
        if (at < 0 || TotalWordAt(tokens, at, quantity.End) is not { } total)
        {
            return false;
        }

        var asked = question.Terms.Where(t => t.Role is TermRole.Content or TermRole.Event).ToList();
        var stems = passage.Analysis.TokenStems;
        bool Asked(int k) => tokens[k].IsWord && asked.Any(t => t.IsIn(stems[k]));
        for (var k = Math.Max(0, Math.Min(total, at) - Reach); k < Math.Min(total, at); k++)
        {
            if (Asked(k) && OtherMember(tokens, k, Asked))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the word that makes the sum a total stands: before it in its clause ("which together earned"), or right
    /// after it ("$600 million in all", "... combined"); null when there is none.
    /// </summary>
    private static int? TotalWordAt(List<Token> tokens, int at, int end)
    {
        for (var k = at - 1; k >= 0 && at - k <= Reach; k--)
        {
            if (tokens[k].Text is ";" or ":" or "." || tokens[k].Text.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (IsTotalWord(tokens, k))
            {
                return k;
            }
        }

        var after = tokens.FindIndex(t => t.Start >= end);
        return after >= 0 && IsTotalWord(tokens, after) ? after : null;
    }

    /// <summary>"together", "combined", ..., or "in all", "in total", "between them".</summary>
    private static bool IsTotalWord(List<Token> tokens, int k)
    {
        var word = tokens[k].Text.ToLowerInvariant();
        var next = k + 1 < tokens.Count ? tokens[k + 1].Text.ToLowerInvariant() : string.Empty;
        return TotalWords.Contains(word) || word == "in" && next is "all" or "total" || word == "between" && next is "them" or "themselves";
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is one of a list joined by commas and an "and" or "or" ("tin, wool and
    /// rice" for "tin") that holds another content word the question does not ask of: one thing of several summed. A
    /// comma alone joins no list ("Last year, tin exports together ...").
    /// </summary>
    private static bool OtherMember(List<Token> tokens, int k, Func<int, bool> asked)
    {
        bool Joins(int j) => j >= 0 && j < tokens.Count && (tokens[j].Text == "," || IsAnd(tokens[j]));
        bool Member(int j) => j >= 0 && j < tokens.Count && tokens[j].IsWord && !CommonWords.IsFunctionWord(tokens[j].Text);
        var and = false;
        var other = false;
        foreach (var step in new[] { 1, -1 })
        {
            for (var j = k + step; Joins(j) && Member(j + step); j += 2 * step)
            {
                and |= IsAnd(tokens[j]);
                other |= !asked(j + step);
            }
        }

        return and && other;
    }

    private static bool IsAnd(Token token) => token.Text.ToLowerInvariant() is "and" or "or";
}
