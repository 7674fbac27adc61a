using System.Text.RegularExpressions;
using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// "What did the museum pay for the painting?" and "the painting was sold to the museum for $2 million": a sale told
/// from either side is one exchange, so the sum a buyer paid is the sum the thing was sold or bought for. A verb of
/// paying in a question asking a sum is matched so by a verb of buying or selling in the sentence whose "for" gives a
/// sum, for less than the word itself: "sold 900 tonnes of coal, earning $9 million" tells no price paid.
/// </summary>
internal static class SalePaid
{
    /// <summary>The verb forms of a buyer's paying, as a question asks them.</summary>
    private static readonly HashSet<string> Paying = new(StringComparer.Ordinal) { "pay", "pays", "paid" };

    /// <summary>A verb of buying or selling, then in its clause "for" and a sum: the price the thing changed hands for.</summary>
    private static readonly Regex SoldFor = new(
        @"\b(?:sell|sells|sold|selling|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)\b[^.;]*?\bfor\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than|less\s+than|over|under)\s+)?(?:[A-Z]{0,2}[$\u20AC\u00A3\u00A5\u20A9])?\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool Tells(QuestionReading question, QuestionTerm term, Passage passage) =>
        question.Type == AnswerType.Amount
        && Paying.Contains(term.Word.ToLowerInvariant())
        && SoldFor.IsMatch(passage.Text);
}
