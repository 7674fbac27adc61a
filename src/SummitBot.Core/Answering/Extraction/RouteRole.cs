using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Whether a place in a sentence is the end of a route a question asks for. "Where did Kim's tour begin?" is not
/// answered by any place the tour passed ("stopping at the Marina Bay Sands hotel"): only one the sentence says it
/// set out from ("from Pyongyang", "began in", "left"), or for the end one it got to ("from ... to Hanoi", "ended at",
/// "arrived in", "stepped off the train at"), or for both ends asked at once one it says both of ("started and finished
/// at"). Said of the words just before the place; no other sign is trusted.
/// </summary>
internal static class RouteRole
{
    /// <summary>Words before a place that make it where something set out from.</summary>
    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal)
    {
        "from", "began", "begins", "begin", "begun", "beginning", "started", "starts", "start", "starting", "left", "leaves", "leaving",
        "departed", "departs", "departing",
    };

    /// <summary>Words before a place that make it where something got to. Not "to" alone: "invite Kim to the White House".</summary>
    private static readonly HashSet<string> EndWords = new(StringComparer.Ordinal)
    {
        "ended", "ends", "end", "ending", "finished", "finishes", "finish", "finishing", "concluded", "concludes", "arrived", "arrives",
        "arriving", "reached", "reaches", "reaching", "terminated", "terminates",
    };

    /// <summary>Prepositions and articles that may stand between such a word and the place ("ended at the", "began in").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "in", "at", "on", "the", "a", "an" };

    /// <summary>"stepped off the train at", "got off at": getting off is where a ride ended.</summary>
    private static readonly HashSet<string> GotOff = new(StringComparer.Ordinal) { "stepped", "got", "getting", "stepping" };

    public static bool Plays(string text, int placeStart, RouteEnd end)
    {
        var before = Language.Tokenizer.LowerWords(text[..placeStart]);
        Func<string, bool> isEndWord = end switch
        {
            RouteEnd.Start => StartWords.Contains,
            RouteEnd.End => EndWords.Contains,
            _ => w => StartWords.Contains(w) || EndWords.Contains(w),
        };
        var k = Skip(before, before.Count - 1);

        // "to the border town of Dong Dang": the place's kind said before it stands where the place would.
        if (k > 0 && before[k] == "of")
        {
            var kind = k - 1;
            while (kind > 0 && kind > k - 4 && !isEndWord(before[kind]) && before[kind] is not ("to" or "from") && !Between.Contains(before[kind]))
            {
                kind--;
            }

            k = Skip(before, kind);
        }

        if (k < 0)
        {
            return false;
        }

        var verbs = Coordinated(before, k);
        return end switch
        {
            RouteEnd.Start => verbs.Any(StartWords.Contains),
            RouteEnd.End => verbs.Any(EndWords.Contains) || GetsOff(before, k) || FromTo(before, k),
            _ => verbs.Any(StartWords.Contains) && verbs.Any(EndWords.Contains),
        };
    }

    /// <summary>
    /// "started and finished at Kim Stadium", "began or ended in Hanoi": verbs of a route's ends joined by "and"/"or"
    /// before one place share it, so the place is where it did each. The word at <paramref name="at"/> and those
    /// coordinated with it before.
    /// </summary>
    private static List<string> Coordinated(List<string> before, int at)
    {
        var verbs = new List<string> { before[at] };
        for (var k = at; k >= 2 && before[k - 1] is "and" or "or" && (StartWords.Contains(before[k - 2]) || EndWords.Contains(before[k - 2])) && before[k - 2] != "from"; k -= 2)
        {
            verbs.Add(before[k - 2]);
        }

        return verbs;
    }

    /// <summary>The last word at or before <paramref name="at"/> that is not a preposition or article of <see cref="Between"/>.</summary>
    private static int Skip(List<string> before, int at)
    {
        while (at >= 0 && Between.Contains(before[at]))
        {
            at--;
        }

        return at;
    }

    /// <summary>"from Pyongyang to Dong Dang": "to" is the route's end when the sentence gave where it set out from before.</summary>
    private static bool FromTo(List<string> before, int at) => before[at] == "to" && before.Take(at).Contains("from");

    /// <summary>"stepped off the train at": "off" a few words before, after a verb of getting off.</summary>
    private static bool GetsOff(List<string> before, int at)
    {
        for (var i = at; i > 0 && i > at - 4; i--)
        {
            if (before[i] == "off" && GotOff.Contains(before[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
