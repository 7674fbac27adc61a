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

    public static bool IsEventNoun(string word) => Nouns.Contains(word);
}
