namespace SummitBot.Answering;

/// <summary>What kind of answer a question wants; one extractor answers each.</summary>
public enum AnswerType
{
    /// <summary>Things and events, or not said outright ("what was postponed?", "what did they agree on?"): the words of the sentence that say it.</summary>
    What,

    /// <summary>A place of any grain: country, city, venue, island, village ("where", "which city").</summary>
    Place,

    /// <summary>A date ("when", "what day", "what year").</summary>
    Date,

    /// <summary>
    /// A time of day ("what time", "at what hour"): the clock time the text gives, with its day when the sentence gives one.
    /// Its own kind, not a reading of <see cref="Date"/>: a date alone never answers it.
    /// </summary>
    ClockTime,

    /// <summary>A person or organisation who did or said something ("who met Kim?", "who is the US envoy?").</summary>
    Person,

    /// <summary>
    /// An organisation of the kind the question names ("which news agency reported ...?", "what company built ...?",
    /// "which ministry said ...?"): a named organisation of that kind, never a person.
    /// </summary>
    Organization,

    /// <summary>A person's title or role as the text states it ("who is Stephen Biegun?", "what is his title?").</summary>
    Title,

    /// <summary>A count ("how many tests").</summary>
    Number,

    /// <summary>The reason the text gives ("why").</summary>
    Reason,

    /// <summary>What someone said ("what did Biegun say about the talks?").</summary>
    Quote,

    /// <summary>Who said something ("who said that?").</summary>
    Speaker,

    /// <summary>A length of time ("how long did they talk?").</summary>
    Duration,

    /// <summary>An amount with a unit or currency ("how much", "how far").</summary>
    Amount,

    /// <summary>Whether something is so ("is the summit in Hanoi?"): yes or no, with the passage that shows it.</summary>
    YesNo,

    /// <summary>
    /// A person's age ("how old is Kim?", "what age was he?"): the years the text gives that person, and only that
    /// person; an age of anyone else, or any other number, never answers.
    /// </summary>
    Age,
}
