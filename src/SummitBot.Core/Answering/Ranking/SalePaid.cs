using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did the museum pay for the painting?" and "the painting was sold to the museum for $2 million": a sale told
/// from either side is one exchange, so the sum a buyer paid is the sum the thing was sold or bought for. A verb of
/// paying in a question asking a sum is matched so by a verb of buying or selling in the sentence, for less than the
/// word itself.
/// </summary>
internal static class SalePaid
{
    /// <summary>The verb forms of a buyer's paying, as a question asks them.</summary>
    private static readonly HashSet<string> Paying = new(StringComparer.Ordinal) { "pay", "pays", "paid", "spend", "spends", "spent" };

    /// <summary>The verb forms of an exchange told by the thing that changed hands: what it was sold or bought for.</summary>
    private static readonly HashSet<string> Exchanging = new(StringComparer.Ordinal)
    {
        "sell", "sells", "sold", "selling", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
    };

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Type == AnswerType.Amount
        && Paying.Contains(term.Word.ToLowerInvariant())
        && passage.Analysis.Tokens.Any(t => Exchanging.Contains(t.Text.ToLowerInvariant()));
}
