namespace SummitBot.Answering;

/// <summary>What a sentence says of the thing a yes/no question asks about.</summary>
internal enum Polarity
{
    /// <summary>It says so, with no negation in the sentence.</summary>
    Affirmed,

    /// <summary>A negation bears on a word of the question: "did not name a city", "sets no deadline", "had never been to the North".</summary>
    Negated,

    /// <summary>A negation is in the sentence but bears on something else: neither "yes" nor "no" can be read safely.</summary>
    Unsure,
}
