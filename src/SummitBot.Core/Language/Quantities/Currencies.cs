namespace SummitBot.Language.Quantities;

/// <summary>
/// Currencies as news writes them after an amount, with their ISO codes: "dollars" (USD), "won", "yen", "euros", and
/// a country's own currency named with the country ("Singapore dollars" SGD, "Hong Kong dollars" HKD, "South Korean
/// won" KRW); and before it, as a sign ("$", "€", "S$", "HK$"). A currency of a country not listed keeps its words
/// ("Zimbabwean dollars"), so that no other country's code is given to it.
/// </summary>
internal static class Currencies
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["won"] = "KRW", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["euro"] = "EUR", ["euros"] = "EUR",
        ["pound"] = "GBP", ["pounds"] = "GBP", ["yen"] = "JPY", ["rubles"] = "RUB", ["roubles"] = "RUB", ["rouble"] = "RUB", ["ruble"] = "RUB",
    };

    /// <summary>Currency words that, on their own, are another thing ("francs" of which country?): a currency only after a country.</summary>
    private static readonly HashSet<string> NamedOnly = new(StringComparer.OrdinalIgnoreCase) { "franc", "francs", "rupee", "rupees", "peso", "pesos", "ringgit", "baht", "dong", "rupiah" };

    /// <summary>
    /// Of those, the ones only one country's currency is called, which need no country straight after an amount ("63
    /// billion dong", "40 million baht"): in lower case there, they are the money, not a name's word ("Dong Dang").
    /// </summary>
    private static readonly Dictionary<string, string> SoleAfterAmount = new(StringComparer.Ordinal)
    {
        ["dong"] = "VND", ["baht"] = "THB", ["ringgit"] = "MYR", ["rupiah"] = "IDR",
    };

    /// <summary>A country's currency by the country's words and the currency word in the singular.</summary>
    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["singapore dollar"] = "SGD", ["singaporean dollar"] = "SGD", ["hong kong dollar"] = "HKD", ["australian dollar"] = "AUD", ["canadian dollar"] = "CAD",
        ["new taiwan dollar"] = "TWD", ["taiwan dollar"] = "TWD", ["taiwanese dollar"] = "TWD", ["new zealand dollar"] = "NZD", ["u.s. dollar"] = "USD",
        ["us dollar"] = "USD", ["american dollar"] = "USD", ["south korean won"] = "KRW", ["korean won"] = "KRW", ["north korean won"] = "KPW",
        ["japanese yen"] = "JPY", ["chinese yuan"] = "CNY", ["russian ruble"] = "RUB", ["russian rouble"] = "RUB", ["british pound"] = "GBP",
        ["swiss franc"] = "CHF", ["indian rupee"] = "INR", ["mexican peso"] = "MXN", ["philippine peso"] = "PHP", ["malaysian ringgit"] = "MYR",
        ["thai baht"] = "THB", ["vietnamese dong"] = "VND", ["indonesian rupiah"] = "IDR",
    };

    private static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["\u20AC"] = "EUR", ["\u00A3"] = "GBP", ["\u00A5"] = "JPY", ["\u20A9"] = "KRW",
    };

    /// <summary>Letters before "$" that say whose dollar: "S$20 million", "HK$5 billion".</summary>
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["S"] = "SGD", ["HK"] = "HKD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["NT"] = "TWD", ["NZ"] = "NZD",
    };

    /// <summary>Whether <paramref name="word"/> is a currency word ("dollars", "won").</summary>
    public static bool IsWord(string word) => Words.ContainsKey(word);

    /// <summary>The code of a currency word ("dollars" → USD), or null.</summary>
    public static string? Code(string word) => Words.TryGetValue(word, out var code) ? code : null;

    /// <summary>
    /// The code of a currency named in words, lower case or not: a currency word alone ("dollars") or after its country
    /// ("US dollars", "South Korean won"); null for anything else.
    /// </summary>
    public static string? CodeOfPhrase(IReadOnlyList<string> words) =>
        words.Count == 1 ? Code(words[0])
        : words.Count > 1 && IsCurrencyWord(words[^1]) && Named.TryGetValue(string.Join(' ', words.Take(words.Count - 1)) + " " + Singular(words[^1]), out var code) ? code
        : null;

    /// <summary>The currency named from token <paramref name="at"/> on ("dollars", "Singapore dollars", "New Taiwan dollars"): its code and where its words end.</summary>
    public static (string Code, int End)? After(List<Token> tokens, int at)
    {
        for (var places = 3; places >= 1; places--)
        {
            var unit = at + places;
            if (unit >= tokens.Count || !IsCurrencyWord(tokens[unit].Text) || !tokens[at..unit].All(t => t.IsCapitalized))
            {
                continue;
            }

            var key = string.Join(' ', tokens[at..unit].Select(t => t.Text)) + " " + Singular(tokens[unit].Text);
            if (Named.TryGetValue(key, out var code))
            {
                return (code, unit + 1);
            }

            if (places == 1 && !Words.ContainsKey(tokens[at].Text))
            {
                // "Zimbabwean dollars": a country's currency not listed; its words, not another's code.
                return (tokens[at].Text + " " + tokens[unit].Text.ToLowerInvariant(), unit + 1);
            }
        }

        return at < tokens.Count && (Words.TryGetValue(tokens[at].Text, out var plain) || SoleAfterAmount.TryGetValue(tokens[at].Text, out plain)) ? (plain, at + 1) : null;
    }

    /// <summary>The currency of a sign just before token <paramref name="number"/> ("$", "€", "HK$"): its code and where the amount's words start.</summary>
    public static (string Code, int Start)? Before(List<Token> tokens, int number)
    {
        if (number == 0 || !Signs.TryGetValue(tokens[number - 1].Text, out var code))
        {
            return null;
        }

        return tokens[number - 1].Text == "$" && number >= 2 && tokens[number - 2].End == tokens[number - 1].Start && DollarPrefixes.TryGetValue(tokens[number - 2].Text, out var dollar)
            ? (dollar, number - 2)
            : (code, number - 1);
    }

    private static bool IsCurrencyWord(string word) => Words.ContainsKey(word) || NamedOnly.Contains(word);

    private static string Singular(string word) => word.ToLowerInvariant() switch
    {
        "dollars" => "dollar",
        "euros" => "euro",
        "pounds" => "pound",
        "rubles" => "ruble",
        "roubles" => "rouble",
        "francs" => "franc",
        "rupees" => "rupee",
        "pesos" => "peso",
        var other => other,
    };
}
