namespace SummitBot.Language.Words;

/// <summary>
/// Nouns that name a measure ("the yield of the test", "the death toll", "the missile's range", "what price"): asked
/// as the head of a "what/which" phrase, they want a number with its unit, not a thing named in words. Each noun
/// carries the <see cref="Dimension"/> it measures, so an answer of the right unit family fits best (money for a price,
/// kilotons for a yield); <see cref="Dimension.None"/> for a measure of any unit ("amount", "value", "limit").
/// A short typed list of general English: WordNet's hypernyms, read word by word rather than sense by sense, put
/// "truce" under magnitude, "summit" under degree and "test" under measure, so they do not tell measures apart here.
/// </summary>
public static class MeasureNouns
{
    /// <summary>How many words a phrase asked about may have: "the estimated death toll" is three.</summary>
    private const int MaxPhrase = 4;

    /// <summary>How many words the subject of a verb of paying may have: "a night at the old inn" is six.</summary>
    private const int MaxSubject = 7;

    /// <summary>Words that open a clause or name a doing of its own: a verb of paying after one is not the verb asked.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "do", "say", "said", "says", "tell", "told", "think", "thought", "about", "after", "before", "when", "while", "because", "if", "since", "until", "once", "where",
    };

    private static readonly Dictionary<string, Dimension> Measures = new(StringComparer.Ordinal)
    {
        ["amount"] = Dimension.None, ["sum"] = Dimension.None, ["value"] = Dimension.None, ["figure"] = Dimension.None, ["total"] = Dimension.None,
        ["cap"] = Dimension.None, ["ceiling"] = Dimension.None, ["limit"] = Dimension.None, ["quota"] = Dimension.None,
        ["maximum"] = Dimension.None, ["minimum"] = Dimension.None,
        ["altitude"] = Dimension.Height, ["height"] = Dimension.Height, ["elevation"] = Dimension.Height,
        ["distance"] = Dimension.Distance, ["range"] = Dimension.Distance,
        ["length"] = Dimension.Length, ["diameter"] = Dimension.Length,
        ["width"] = Dimension.Width, ["breadth"] = Dimension.Width, ["depth"] = Dimension.Depth,
        ["weight"] = Dimension.Weight, ["tonnage"] = Dimension.Weight,
        ["size"] = Dimension.Size, ["area"] = Dimension.Size,
        ["price"] = Dimension.Money, ["cost"] = Dimension.Money, ["budget"] = Dimension.Money, ["fine"] = Dimension.Money, ["fee"] = Dimension.Money,
        ["salary"] = Dimension.Money, ["wage"] = Dimension.Money, ["ransom"] = Dimension.Money, ["bail"] = Dimension.Money, ["bounty"] = Dimension.Money,
        ["tariff"] = Dimension.Money, ["tax"] = Dimension.Money, ["revenue"] = Dimension.Money, ["income"] = Dimension.Money, ["profit"] = Dimension.Money,
        ["debt"] = Dimension.Money, ["deficit"] = Dimension.Money, ["compensation"] = Dimension.Money,
        ["yield"] = Dimension.Energy, ["temperature"] = Dimension.Temperature, ["speed"] = Dimension.Speed, ["velocity"] = Dimension.Speed,
        ["percentage"] = Dimension.Share, ["percent"] = Dimension.Share, ["share"] = Dimension.Share, ["proportion"] = Dimension.Share, ["turnout"] = Dimension.Share, ["rate"] = Dimension.Share,
        ["toll"] = Dimension.Count, ["population"] = Dimension.Count, ["magnitude"] = Dimension.Count,
    };

    /// <summary>Words that end the phrase "what/which" asks about: a verb's auxiliary, a preposition, a clause.</summary>
    private static readonly HashSet<string> PhraseEnd = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "did", "does", "do", "will", "would", "can", "could", "should", "has", "have", "had", "may", "might",
        "must", "and", "or", "that", "which", "who",
    };

    /// <summary>
    /// Verbs whose object is a sum of money: "what did Seoul pay for ...", "what does a ticket cost?"; and "worth",
    /// whose measure is one too ("how much was the cargo worth?" asks no tonnage).
    /// </summary>
    private static readonly HashSet<string> Paying = new(StringComparer.Ordinal)
    {
        "pay", "pays", "paid", "spend", "spends", "spent", "cost", "costs", "earn", "earns", "earned", "charge", "charges", "charged", "owe", "owes", "owed",
        "worth",
    };

    /// <summary>Whether <paramref name="word"/> (lower case) is a verb of paying or "worth": words that frame any sum.</summary>
    public static bool IsPaying(string word) => Paying.Contains(word);

    /// <summary>Auxiliaries after "what" that put the subject before the verb asked ("what did Seoul pay ...").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "will", "would", "has", "have", "had" };

    /// <summary>
    /// "What does Washington pay annually to keep its troops there?", "what did the city spend on security?", "what
    /// will a ticket cost?": "what" as the object of a verb of paying asks a sum of money. Only when the verb ends its
    /// clause or a preposition or adverb follows: "what did Kim pay tribute to" has an object of its own.
    /// </summary>
    public static bool AsksSumPaid(IReadOnlyList<string> words, int wh)
    {
        if (wh < 0 || wh + 2 >= words.Count || words[wh] != "what")
        {
            return false;
        }

        // "What were last year's sales worth?": after "be", only "worth" ends the phrase, however long its subject.
        var be = words[wh + 1] is "is" or "was" or "are" or "were";
        if (!be && !Auxiliaries.Contains(words[wh + 1]))
        {
            return false;
        }

        for (var i = wh + 2; i < words.Count && (be || i <= wh + 2 + MaxSubject); i++)
        {
            // "what does a night at the inn cost": a subject with a phrase of its own runs longer than the phrase asked;
            // a clause word or a second verb ends it ("what did they do after they were paid").
            if (!be && i > wh + 2 + MaxPhrase && Enumerable.Range(wh + 2, i - wh - 2).Any(k => PhraseEnd.Contains(words[k]) || ClauseWords.Contains(words[k])))
            {
                return false;
            }

            if (be ? words[i] == "worth" : Paying.Contains(words[i]))
            {
                var next = i + 1 < words.Count ? words[i + 1] : null;
                return next is null or "each" or "every" or "per" || CommonWords.IsPreposition(next) || next.EndsWith("ly", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// "How much did the survey cost?", "how much will Seoul pay?", "how much money ...": "how much" with a verb of
    /// paying asks a sum of money, not any amount ("about 400 kilometres" of a survey is no cost). "How much fuel did
    /// they spend?" asks the thing named after "much".
    /// </summary>
    public static bool AsksHowMuchPaid(IReadOnlyList<string> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] == "much" && words[i - 1] == "how")
            {
                var next = words[i + 1];
                return next is "money" or "cash" || ((Auxiliaries.Contains(next) || next is "is" or "was" or "are" or "were") && words.Skip(i + 2).Any(Paying.Contains));
            }
        }

        return false;
    }

    /// <summary>"How much money ...", "how much cash ...": the word after "how much" that names money itself, or null.</summary>
    public static string? MoneyAsked(IReadOnlyList<string> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] == "much" && words[i - 1] == "how" && words[i + 1] is "money" or "cash")
            {
                return words[i + 1];
            }
        }

        return null;
    }

    /// <summary>
    /// "What price ...", "what was the fee ...", "what is the cost of ...": the noun of money that heads the phrase
    /// "what" asks about, right after it or its "is the", or null.
    /// </summary>
    public static string? MoneyNounAsked(IReadOnlyList<string> words)
    {
        var at = IndexOfWh(words) + 1;
        while (at > 0 && at < words.Count && words[at] is "is" or "was" or "are" or "were" or "the" or "a" or "an" or "exact")
        {
            at++;
        }

        return at > 0 && at < words.Count && Of(words[at]) == Dimension.Money ? words[at] : null;
    }

    /// <summary>Nouns of a part of a whole that name no thing of their own: "what share of ...".</summary>
    private static readonly HashSet<string> PartNouns = new(StringComparer.Ordinal) { "share", "percentage", "percent", "proportion" };

    /// <summary>
    /// "What share of the vote did she win?", "what percentage of the staff left?": a noun of a part heading the phrase
    /// "what" asks, with "of" and the whole after it, is the kind of the answer, as "price" is in "what price"; a
    /// sentence tells the part without it ("won 62 per cent of the vote"), or null. "What was the turnout?" names the
    /// thing measured and stays.
    /// </summary>
    public static string? PartNounAsked(IReadOnlyList<string> words)
    {
        var at = IndexOfWh(words) + 1;
        while (at > 0 && at < words.Count && words[at] is "is" or "was" or "are" or "were" or "the" or "a" or "an" or "exact")
        {
            at++;
        }

        return at > 0 && at + 1 < words.Count && PartNouns.Contains(words[at]) && words[at + 1] == "of" ? words[at] : null;
    }

    private static int IndexOfWh(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "what" or "which")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The dimension a measure noun measures, or null if it names none.</summary>
    public static Dimension? Of(string noun) =>
        Measures.TryGetValue(noun, out var dimension) || (noun.Length > 3 && noun[^1] == 's' && Measures.TryGetValue(noun[..^1], out dimension)) ? dimension : null;

    /// <summary>
    /// The measure a "what/which" question asks, by the head of the phrase it asks about ("what was the estimated death
    /// toll of ...", "what altitude did it reach", "at what speed ..."; <paramref name="wh"/> is where the question word
    /// stands), or null. The head is the phrase's last word before a preposition or a verb: "what is the name of the
    /// range" asks a name.
    /// </summary>
    public static Dimension? Asked(IReadOnlyList<string> words, int wh)
    {
        if (wh < 0 || wh >= words.Count || words[wh] is not ("what" or "which"))
        {
            return null;
        }

        var at = wh + 1;
        while (at < words.Count && words[at] is "is" or "was" or "are" or "were" or "the" or "a" or "an" or "exact" or "exactly")
        {
            at++;
        }

        var start = at;
        while (at < words.Count && !PhraseEnd.Contains(words[at]) && !CommonWords.IsPreposition(words[at]))
        {
            at++;
        }

        // A phrase of more than a few words is no noun phrase with its modifiers ("what did ..." has none).
        return at > start && at - start <= MaxPhrase ? Of(words[at - 1]) : null;
    }
}
