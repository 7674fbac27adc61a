namespace SummitBot.Language.Words;

/// <summary>Nouns that name events, which ordinals, places and dates qualify: "the second summit", "the Geneva talks".</summary>
public static class EventWords
{
    public static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "summit", "summits", "meeting", "meetings", "talks", "talk", "negotiations", "negotiation", "visit", "visits", "trip", "trips", "tour",
        "journey", "conference", "round", "rounds", "session", "sessions", "dinner", "lunch", "banquet", "ceremony", "parade", "exercise",
        "exercises", "drill", "drills", "test", "tests", "launch", "launches", "hearing", "speech", "address", "declaration", "statement",
        "agreement", "deal", "accord", "letter", "letters", "tweet", "tweets", "interview", "briefing", "handshake", "election", "vote",
        "sitdown", "sit-down", "encounter", "get-together", "gathering", "forum", "dialogue", "consultations", "discussions", "visit",
        "war", "wars", "crisis", "olympics", "games", "armistice", "truce",
    };

    /// <summary>
    /// Nouns that end the capitalized name of an event ("the Pyeongchang Winter Olympics", "the Asian Cup", "the Edinburgh
    /// Festival"): a run of capitalized words ending in one names an event, never a person. Narrower than <see cref="Nouns"/>,
    /// whose "Deal", "Tour" or "Round" are also family names.
    /// </summary>
    private static readonly HashSet<string> NameHeads = new(StringComparer.Ordinal)
    {
        "Olympics", "Olympiad", "Games", "Summit", "Conference", "Forum", "Congress", "Festival", "Championship", "Championships",
        "Cup", "Tournament", "Expo", "Marathon", "Talks",
    };

    public static bool IsEventNoun(string word) => Nouns.Contains(word);

    /// <summary>Whether a capitalized word ends an event's name ("Olympics", "Cup", "Festival").</summary>
    public static bool EndsEventName(string word) => NameHeads.Contains(word);
}
