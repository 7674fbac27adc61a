namespace SummitBot.Language.Words;

/// <summary>Verbs that report speech ("said", "told", "tweeted"): they tie a quote to its speaker.</summary>
public static class SpeechVerbs
{
    public static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated", "states", "announced", "announces",
        "declared", "declares", "wrote", "writes", "tweeted", "tweets", "asked", "asks", "explained", "explains", "insisted", "insists",
        "warned", "warns", "argued", "argues", "claimed", "claims", "confirmed", "confirms", "replied", "replies", "responded", "responds",
        "remarked", "remarks", "stressed", "stresses", "emphasized", "emphasizes", "emphasised", "urged", "urges", "suggested", "suggests",
        "acknowledged", "acknowledges", "admitted", "admits", "commented", "comments", "recalled", "recalls", "quipped", "pledged", "pledges",
        "promised", "promises", "vowed", "vows", "predicted", "predicts", "reported", "reports", "described", "describes", "called", "calls",
        "told", "posted", "declared", "conceded", "concedes", "cautioned", "cautions", "countered", "counters", "complained", "complains",
        "boasted", "boasts", "joked", "jokes", "observed", "observes", "assured", "assures", "indicated", "indicates", "hinted", "hints",
    };

    /// <summary>A speech verb as text writes it: in lower case ("States" in "United States" is a name).</summary>
    public static bool IsSpeechVerb(string word) => word.Length > 0 && char.IsLower(word[0]) && All.Contains(word);
}
