namespace SummitBot.Language.Words;

/// <summary>Verbs that report speech ("said", "told", "tweeted"): they tie a quote to its speaker.</summary>
public static class SpeechVerbs
{
    public static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated", "states", "announced", "announces",
        "declared", "declares", "wrote", "writes", "write", "tweeted", "tweets", "asked", "asks", "explained", "explains", "insisted", "insists",
        "warned", "warns", "argued", "argues", "claimed", "claims", "confirmed", "confirms", "replied", "replies", "responded", "responds",
        "remarked", "remarks", "stressed", "stresses", "emphasized", "emphasizes", "emphasised", "urged", "urges", "suggested", "suggests",
        "acknowledged", "acknowledges", "admitted", "admits", "commented", "comments", "recalled", "recalls", "quipped", "pledged", "pledges",
        "promised", "promises", "vowed", "vows", "predicted", "predicts", "reported", "reports", "described", "describes", "called", "calls",
        "told", "posted", "declared", "conceded", "concedes", "cautioned", "cautions", "countered", "counters", "complained", "complains",
        "boasted", "boasts", "joked", "jokes", "observed", "observes", "assured", "assures", "indicated", "indicates", "hinted", "hints",
    };

    /// <summary>Verbs that say what someone thinks, in any form: a question's "did analysts think" is what they said.</summary>
    private static readonly HashSet<string> Thinking = new(StringComparer.OrdinalIgnoreCase)
    {
        "think", "thinks", "thought", "believe", "believes", "believed", "consider", "considers", "considered",
    };

    /// <summary>
    /// "When did Bolton speak?": speaking asked with no words of its own is any saying, as a news sentence reports it
    /// ("Bolton said on Sunday that ..."). Not one of <see cref="IsAttribution"/>'s: "who speaks for the presidency?"
    /// asks a spokesman, "how long did he speak?" a length no verb of saying gives.
    /// </summary>
    private static readonly HashSet<string> Speaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "speak", "speaks", "spoke", "spoken", "speaking",
    };

    /// <summary>
    /// A verb a question uses to ask what someone said or thought ("what did Kim call the sanctions", "why did analysts
    /// think ..."), in any form: the text may report it with any verb of saying ("wrote that sanctions were ...").
    /// </summary>
    public static bool IsAttribution(string word)
    {
        var lower = word.ToLowerInvariant();
        return Thinking.Contains(lower) || All.Contains(lower) || All.Contains(lower + "s") || All.Contains(lower + "ed") || All.Contains(lower + "d");
    }

    /// <summary>
    /// Verbs of saying whose object is the one spoken to ("told North Korea", "warned Tokyo", "urged Seoul to ..."):
    /// a place right after one is addressed, its government, not where anything was said or done.
    /// </summary>
    private static readonly HashSet<string> Addressing = new(StringComparer.OrdinalIgnoreCase)
    {
        "tell", "tells", "told", "telling", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging",
        "ask", "asks", "asked", "asking", "remind", "reminds", "reminded", "assure", "assures", "assured", "inform", "informs", "informed",
        "brief", "briefs", "briefed", "caution", "cautions", "cautioned", "advise", "advises", "advised", "implore", "implored", "exhort", "exhorted",
    };

    /// <summary>Whether a word, in lower case as text writes verbs, is a verb of saying whose object is the one addressed.</summary>
    public static bool IsAddressing(string word) => word.Length > 0 && char.IsLower(word[0]) && Addressing.Contains(word);

    /// <summary>
    /// Verbs that report a saying whatever their object ("two riders told reporters", "three officials said"), so the
    /// count before one counts who told it. Not "asked" or "reported", which may be passive or take another object ("50
    /// residents asked to leave", "five cases reported").
    /// </summary>
    private static readonly HashSet<string> PlainSaying = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "told", "added", "stated", "noted", "confirmed",
    };

    /// <summary>Whether a word, as text writes it, is a verb of <see cref="PlainSaying"/>.</summary>
    public static bool IsPlainSaying(string word) => PlainSaying.Contains(word);

    /// <summary>"speak", "spoke": a question's verb of speaking, which any saying in the text tells.</summary>
    public static bool IsSpeaking(string word) => Speaking.Contains(word);

    /// <summary>A speech verb as text writes it: in lower case ("States" in "United States" is a name).</summary>
    public static bool IsSpeechVerb(string word) => word.Length > 0 && char.IsLower(word[0]) && All.Contains(word);
}
