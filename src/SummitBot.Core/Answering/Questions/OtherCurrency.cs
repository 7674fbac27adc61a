using SummitBot.Language.Quantities;

namespace SummitBot.Answering.Questions;

/// <summary>
/// "What's that in dollars?", "how much is that in euros?", "and in dollars?": after a sum, the same sum in another
/// currency, which news often gives beside the first ("8.6 billion won, or around $7.7 million"). The follow-up is the
/// last question asked "in dollars"; the question reader then keeps only sums in that currency.
/// </summary>
internal static class OtherCurrency
{
    /// <summary>Words a follow-up asking the sum in another currency may have before "in".</summary>
    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "and", "what", "what's", "whats", "s", "is", "was", "how", "much", "that", "it", "this", "the", "sum", "amount", "figure",
    };

    /// <summary>The currency word ("dollars") a follow-up of only this asks the last sum in, or null.</summary>
    public static string? FollowUp(List<string> words)
    {
        var at = words.Count - 2;
        return at >= 0 && words[at] == "in" && Currencies.IsWord(words[^1]) && words.Take(at).All(Framing.Contains) ? words[^1] : null;
    }

    /// <summary>How many words a currency's country may have before its currency word: "South Korean won" has two.</summary>
    private const int MaxCountryWords = 2;

    /// <summary>
    /// "... in dollars?", "what did they pay in dollars to ...", "the cost in US dollars": "in" and a currency, its
    /// country's words with it, ask the sum in that currency wherever the phrase stands. The currency's words and its
    /// code, or null.
    /// </summary>
    public static (IReadOnlyList<string> Words, string Code)? Asked(List<string> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] != "in")
            {
                continue;
            }

            for (var end = i + 2; end <= Math.Min(words.Count, i + 2 + MaxCountryWords); end++)
            {
                var phrase = words[(i + 1)..end];
                if (Currencies.CodeOfPhrase(phrase) is { } code)
                {
                    return (phrase, code);
                }
            }
        }

        return null;
    }

    /// <summary>How much of its fit a sum keeps in another currency than the one asked.</summary>
    public const double OtherCurrencyFit = 0.3;
}
