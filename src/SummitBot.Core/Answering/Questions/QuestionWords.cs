namespace SummitBot.Answering.Questions;

/// <summary>
/// The words that frame a question rather than say what it is about: question words, the words that name the kind of
/// answer wanted, light verbs, pronouns, tense and ordinal markers. English only, like the sources.
/// </summary>
internal static class QuestionWords
{
    /// <summary>Words of talking that frame a question about what was said, and are what happened in any other.</summary>
    public static readonly HashSet<string> Conversing = new(StringComparer.Ordinal)
    {
        "talk", "talked", "talking", "speak", "spoke", "statement",
    };

    /// <summary>
    /// Words of hosting that frame a question asking where ("which city hosted ...?") and are what happened in one asking
    /// when or how long ("when did the president host his guest?"): the deed whose date is asked.
    /// </summary>
    public static readonly HashSet<string> Hosting = new(StringComparer.Ordinal)
    {
        "host", "hosts", "hosting", "hosted",
    };

    /// <summary>Words that say what kind of answer is wanted; they are not what the question is about.</summary>
    public static readonly HashSet<string> Frame = new(StringComparer.Ordinal)
    {
        "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "many", "much", "often", "number", "count", "total",
        "reason", "reasons", "purpose", "date", "dates", "day", "days", "time", "times", "year", "week", "month", "long", "soon",
        "far", "wide", "high", "tall", "deep", "big", "large", "broad", "heavy", "old", "age", "distance", "amount", "sum", "size", "worth",
        "place", "venue", "location", "located", "city", "town", "country", "site", "host", "hosts", "hosting", "hosted", "held", "hold", "holding",
        "title", "position", "role", "job", "post", "rank", "name", "named",
        "talk", "talked", "talking", "speak", "spoke", "say", "said", "says", "saying", "quote", "quoted", "words", "word", "tell", "told", "state", "stated", "statement", "write", "wrote",
        "according", "mention", "mentioned", "comment", "comments", "remark", "remarks", "claim", "claimed",
        "attend", "attending", "attends", "participate", "participating", "involved", "part",
        "happen", "happens", "happened", "happening", "take", "takes", "taking", "took", "taken", "scheduled", "schedule", "planned", "plan", "set",
        "exactly", "again", "also", "just", "still", "actually", "each", "every", "ever", "really", "please", "kindly", "know", "knows", "me", "i", "you", "your",
        "do", "does", "did", "done", "doing", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "going", "gonna", "to", "get", "gets", "got", "go", "goes", "went",
        "the", "a", "an", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "and", "or", "as", "than", "then", "so", "any", "some",
        "there", "here", "it", "its", "it's", "this", "that", "these", "those", "they", "them", "their", "he", "him", "his", "she", "her", "hers",
        "one", "ones", "other", "else", "more", "anything", "something", "thing", "things", "event", "ok", "okay", "well", "now", "yet",
        "between", "s", "t", "current", "currently", "supposed", "due", "slated", "officially", "exact", "specific",
        "kind", "sort", "type", "like", "give", "gave", "given", "make", "made", "find", "show", "see", "mean", "means",
        "up", "down", "out", "off", "after", "before", "during", "since", "until", "following", "ahead", "prior", "around", "within", "over", "among", "through",
        "start", "starts", "begin", "begins", "end", "ends", "last", "lasts", "finish", "finishes",
        "um", "uh", "hmm", "erm", "quick", "fyi", "btw", "wondering", "wonder", "curious", "basically", "anyway", "i'd", "i'm", "i've", "id", "im",
        "hi", "hello", "hey", "thanks", "thank", "bot", "summitbot", "question", "answer", "info", "information", "details", "detail",
    };

    /// <summary>
    /// "What is the full name of ...?", "its official name": words that only say which of a thing's names is asked, right
    /// before "name"; like "name" itself, they frame the question rather than name a word the passage must have.
    /// </summary>
    public static readonly HashSet<string> NameQualifiers = new(StringComparer.Ordinal) { "full", "official", "formal", "complete", "proper" };

    /// <summary>
    /// Frame words that, in a wh-question, ask the kind of answer ("which city", "who hosted", "what is his title") but
    /// in a yes/no question are the claim itself ("did he name a city?", "did Hanoi offer to host it?"): kept as words
    /// a passage must have.
    /// </summary>
    public static readonly HashSet<string> ClaimedInYesNo = new(StringComparer.Ordinal)
    {
        "place", "venue", "location", "located", "city", "town", "country", "site", "host", "hosts", "hosting", "hosted", "held", "hold", "holding",
        "title", "position", "role", "job", "post", "rank", "name", "named", "attend", "attending", "attends", "participate", "participating",
        "mention", "mentioned", "date", "day", "year", "week", "month",
    };

    /// <summary>
    /// Frame words that ask a measure ("what distance", "how far", "how big") or a place ("where will it be held?"):
    /// in a question asking who ("who said the distance was too great?", "who will hold the deposit?") they ask neither,
    /// and are what the question is about, words a passage must have.
    /// </summary>
    public static readonly HashSet<string> MeasureOrPlaceFrame = new(StringComparer.Ordinal)
    {
        "far", "wide", "high", "tall", "deep", "big", "large", "broad", "heavy", "distance", "amount", "sum", "size", "worth",
        "hold", "holds", "holding", "held",
    };

    /// <summary>Words that name the kind of answer in "what/which X" questions.</summary>
    public static readonly Dictionary<string, AnswerType> KindNouns = new(StringComparer.Ordinal)
    {
        ["date"] = AnswerType.Date, ["dates"] = AnswerType.Date, ["day"] = AnswerType.Date, ["days"] = AnswerType.Date,
        ["time"] = AnswerType.ClockTime, ["hour"] = AnswerType.ClockTime, ["year"] = AnswerType.Date, ["week"] = AnswerType.Date, ["month"] = AnswerType.Date,
        ["place"] = AnswerType.Place, ["venue"] = AnswerType.Place, ["location"] = AnswerType.Place, ["city"] = AnswerType.Place,
        ["country"] = AnswerType.Place, ["site"] = AnswerType.Place, ["nation"] = AnswerType.Place, ["capital"] = AnswerType.Place,
        ["title"] = AnswerType.Title, ["position"] = AnswerType.Title, ["role"] = AnswerType.Title, ["job"] = AnswerType.Title,
        ["post"] = AnswerType.Title, ["rank"] = AnswerType.Title,
        ["reason"] = AnswerType.Reason, ["purpose"] = AnswerType.Reason,
        ["count"] = AnswerType.Number, ["number"] = AnswerType.Number, ["total"] = AnswerType.Number, ["tally"] = AnswerType.Number,
    };

    /// <summary>Verbs of going and meeting: with them, "where/when" about a person asks about an event they take part in.</summary>
    public static readonly HashSet<string> Movement = new(StringComparer.Ordinal)
    {
        "go", "goes", "going", "went", "gone", "travel", "travels", "traveled", "travelled", "traveling", "visit", "visits", "visited", "visiting",
        "fly", "flew", "head", "headed", "heading", "meet", "meets", "met", "meeting", "hold", "holds", "held", "talk", "talks", "talked",
        "discuss", "discussed", "trip", "arrive", "arrived", "leave", "left", "wrap", "wrapped", "see", "seeing",
    };

    /// <summary>Kind nouns that name the kind even after a possessive ("Biegun's title", "the summit's venue").</summary>
    public static readonly Dictionary<string, AnswerType> OwnedKindNouns = new(StringComparer.Ordinal)
    {
        ["title"] = AnswerType.Title, ["position"] = AnswerType.Title, ["role"] = AnswerType.Title, ["job"] = AnswerType.Title, ["rank"] = AnswerType.Title,
        ["venue"] = AnswerType.Place, ["location"] = AnswerType.Place, ["city"] = AnswerType.Place, ["date"] = AnswerType.Date, ["dates"] = AnswerType.Date,
        ["reason"] = AnswerType.Reason, ["purpose"] = AnswerType.Reason,
    };

    public static readonly HashSet<string> SayVerbs = new(StringComparer.Ordinal)
    {
        "say", "said", "says", "tweet", "tweeted", "tweets", "wrote", "write", "writes", "confirm", "confirmed", "confirms", "note", "noted",
        "announce", "announced", "announces", "stated", "tell", "told", "claim", "claimed", "quote", "quoted", "suggest", "suggested",
    };

    /// <summary>Verbs that ask who leads something, right after "who" ("who heads the general staff?").</summary>
    public static readonly HashSet<string> Heading = new(StringComparer.Ordinal) { "heads", "leads", "runs", "chairs", "directs", "commands" };

    /// <summary>
    /// Running a body said of a past time ("who ran the bank?", "who was running the bank then?"). Not "headed" or "led",
    /// which as often tell a way gone or a march ("who headed to Hanoi?", "who led the crowd?"), nor "chaired" or
    /// "directed", said as often of one meeting or one film ("who chaired the session?") as of an office.
    /// </summary>
    public static readonly HashSet<string> HeadedBefore = new(StringComparer.Ordinal) { "ran", "running" };

    /// <summary>Whether a question's word is a verb of running a body (<see cref="Heading"/>, <see cref="HeadedBefore"/>).</summary>
    public static bool IsHeading(string word) => Heading.Contains(word) || HeadedBefore.Contains(word);

    /// <summary>Words that make a message a question or a request, even without a question mark.</summary>
    public static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "tell", "explain", "describe", "summarize", "summarise",
        "is", "are", "was", "were", "did", "does", "do", "will", "can", "could", "would", "should", "has", "have", "had", "give", "show", "list",
    };

    /// <summary>First words of a question asking whether something is so.</summary>
    public static readonly HashSet<string> YesNoStarts = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "did", "does", "do", "will", "has", "have", "had", "can", "could", "would", "isn't", "wasn't", "didn't",
    };

    /// <summary>Pronouns that point at the last person talked about.</summary>
    public static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "him", "his", "she", "her", "hers", "himself", "herself" };

    /// <summary>Pronouns that point at the last thing talked about.</summary>
    public static readonly HashSet<string> ThingPronouns = new(StringComparer.Ordinal) { "it", "its", "that", "this", "there", "they", "them", "their", "one", "event" };

    public static readonly HashSet<string> Future = new(StringComparer.Ordinal) { "will", "upcoming", "next", "going", "gonna", "planned", "scheduled", "future", "coming", "slated", "ll" };

    public static readonly HashSet<string> Past = new(StringComparer.Ordinal) { "did", "was", "were", "met", "held", "happened", "took", "went", "last", "previous", "previously", "visited", "had", "earlier", "ago" };

    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["2d"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8,
        ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10,
    };

    /// <summary>Casual spellings of question words, read as the words they stand for.</summary>
    public static readonly Dictionary<string, string> Casual = new(StringComparer.Ordinal)
    {
        ["wheres"] = "where is", ["whens"] = "when is", ["whos"] = "who is", ["whats"] = "what is", ["hows"] = "how is", ["whys"] = "why is",
        // "who's the president of ...?" is "who is": read with the clitic cut off, it would name the president rather than ask who holds the post.
        ["who's"] = "who is", ["what's"] = "what is", ["where's"] = "where is", ["when's"] = "when is", ["how's"] = "how is",
        ["wat"] = "what", ["wot"] = "what", ["wut"] = "what", ["wen"] = "when", ["wher"] = "where", ["whr"] = "where", ["hw"] = "how",
        ["pls"] = "please", ["plz"] = "please", ["abt"] = "about", ["bc"] = "because",
        ["mtg"] = "meeting", ["teh"] = "the", ["potus"] = "US president", ["prez"] = "president", ["pres"] = "president",
    };
}
