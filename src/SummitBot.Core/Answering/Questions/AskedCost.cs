using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>
/// What a question asks the cost of, read once with the question: "how much did the survey of the piers cost?" asks
/// the survey's, "how much does it cost to run the plant?" the running's. The amount extractor checks it against the
/// subject a sentence gives its own "cost" (<c>Extraction/CostOfOtherThing</c>).
/// </summary>
internal static class AskedCost
{
    /// <summary>Auxiliaries and adverbs between a subject and "cost" ("could", "is expected to", "would eventually").</summary>
    internal static readonly HashSet<string> BeforeVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "could", "would", "will", "may", "might", "can", "should", "must", "is", "was", "are", "were", "be", "been", "does", "did", "do",
        "to", "also", "already", "now", "still", "eventually", "likely", "expected", "reportedly", "probably", "alone", "ultimately",
        "not", "has", "have", "had", "each", "together", "initially", "originally",
    };

    /// <summary>Verbs of getting a thing: its price is what it costs to build or buy it.</summary>
    private static readonly HashSet<string> Getting = new(StringComparer.OrdinalIgnoreCase)
    {
        "build", "buy", "make", "construct", "purchase", "develop", "produce", "acquire", "install", "replace", "get",
    };

    /// <summary>
    /// The words of what a question asks the cost of, any of which the sum's subject should say: the head noun of "how
    /// much did the survey of the piers cost?" (not a word of paying), or the verb of "how much does it cost to run the
    /// plant?" (with its object's words for a verb of getting: "to build the plant", and with the length of time and the
    /// place for a verb whose object is a length of time: "to spend a night at the inn"). Null when the question asks no
    /// cost in these forms.
    /// </summary>
    public static List<string>? Of(List<string> words)
    {
        var cost = words.FindIndex(w => w is "cost" or "costs");
        var opens = words.FindIndex(w => w is "much" or "what");
        if (cost < 0 || opens < 0 || opens >= cost)
        {
            return null;
        }

        var aux = opens + 1;
        if (aux >= cost || !BeforeVerb.Contains(words[aux]))
        {
            return null;
        }

        var subject = words[(aux + 1)..cost];
        if (subject is ["it"] or ["this"] or ["that"])
        {
            if (cost + 2 >= words.Count || words[cost + 1] != "to")
            {
                return null;
            }

            var verb = words[cost + 2];
            if (Getting.Contains(verb))
            {
                return [verb, .. Content(words.Skip(cost + 3).TakeWhile(w => !CommonWords.IsPreposition(w)))];
            }

            // "to spend a week at the inn", "to stay a night on the island": a length of time as the verb's object is the
            // rate the sum is told by, and the place after it is what is paid for, as in "what does a night at the inn cost".
            var after = words.Skip(cost + 3).SkipWhile(w => w is "a" or "an" or "one" or "the" or "per" or "each").ToList();
            return after.Count > 0 && RateUnits.Contains(after[0]) ? [verb, after[0], .. Content(after.SkipWhile(w => !CommonWords.IsPreposition(w)))] : [verb];
        }

        // "the survey of the ferry piers": the head noun, the last word before the phrase's first preposition.
        var head = Content(subject.TakeWhile(w => !CommonWords.IsPreposition(w)));
        if (head.Count == 0)
        {
            return null;
        }

        // "what does a night at the inn cost": a length of time is the rate the sum is told by ("90 euros a night"), and
        // the thing paid for is the phrase after it ("rooms at the inn cost ..."), so its words may name the subject too.
        return RateUnits.Contains(head[^1]) ? [head[^1], .. Content(subject.SkipWhile(w => !CommonWords.IsPreposition(w)))] : [head[^1]];
    }

    /// <summary>Lengths of time a price is told by: "a night", "per week".</summary>
    private static readonly HashSet<string> RateUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "night", "day", "week", "month", "year", "hour", "minute", "season", "weekend",
    };

    private static List<string> Content(IEnumerable<string> words) =>
        [.. words.Where(w => !CommonWords.IsFunctionWord(w) && !MeasureNouns.IsPaying(w) && w is not ("s" or "'s"))];
}
