namespace SummitBot.Language.Words;

/// <summary>
/// "Who called the emergency meeting?", "who called a snap election?", "who called the strike?": "call" with an event an
/// authority convenes, orders or ends as its object is convening it, not saying anything: the question asks who did it,
/// not who spoke. "Who called the summit a success?" still labels it (a word that is no preposition follows the noun),
/// and "who called for talks?" is a demand, said.
/// </summary>
public static class ConveningCall
{
    /// <summary>Things one calls into being or to an end: meetings, sittings, ballots, strikes, pauses.</summary>
    private static readonly HashSet<string> Convened = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "session", "sessions", "summit", "conference", "congress", "convention", "assembly", "plenum", "caucus",
        "election", "elections", "vote", "votes", "referendum", "poll", "ballot", "strike", "strikes", "walkout", "boycott", "rally",
        "protest", "halt", "ceasefire", "cease-fire", "truce", "recess", "break", "pause", "moratorium", "hearing", "hearings", "inquiry",
        "roll", "retreat", "timeout", "time-out", "draft", "mobilization", "mobilisation", "curfew", "lockdown",
    };

    /// <summary>The forms of "call".</summary>
    private static readonly HashSet<string> Call = new(StringComparer.OrdinalIgnoreCase) { "call", "calls", "called", "calling" };

    /// <summary>How many words may stand between "call" and the noun convened ("the emergency politburo meeting").</summary>
    private const int Reach = 5;

    /// <summary>
    /// Whether the word at <paramref name="verb"/> of a question's lower-case words is "call" with a convened event as its
    /// object: the noun within a few words, with no preposition before it, and nothing after it but the question's end, a
    /// preposition or a conjunction (a word that is none of these says what the thing was called).
    /// </summary>
    public static bool At(IReadOnlyList<string> words, int verb)
    {
        if (verb < 0 || verb >= words.Count || !Call.Contains(words[verb]))
        {
            return false;
        }

        for (var k = verb + 1; k < words.Count && k <= verb + Reach; k++)
        {
            var word = words[k];
            if (Convened.Contains(word))
            {
                var next = k + 1 < words.Count ? words[k + 1] : null;
                return next is null || CommonWords.IsPreposition(next) || next is "and" or "or" or "when" or "after" or "before" or "because" or "while" or "for" or "last" or "this" or "next";
            }

            // "called for talks", "called on Seoul to ...", "called it ...": no object convened.
            if (CommonWords.IsPreposition(word) || word is "for" or "it" or "them" or "him" or "her")
            {
                return false;
            }
        }

        return false;
    }
}
