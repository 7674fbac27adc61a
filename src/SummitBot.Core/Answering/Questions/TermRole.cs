namespace SummitBot.Answering.Questions;

/// <summary>What a word of a question is, which decides how strictly a passage must have it.</summary>
internal enum TermRole
{
    /// <summary>An ordinary content word ("agree", "denuclearization"): a paraphrase may say it otherwise.</summary>
    Content,

    /// <summary>A word of a name (person, place, organisation): the passage must name it.</summary>
    Name,

    /// <summary>An ordinal ("second", "3rd"): the passage must have the same, next to what it orders.</summary>
    Ordinal,

    /// <summary>A number or a year: the passage must have the same.</summary>
    Number,

    /// <summary>An event noun ("summit", "talks", "meeting").</summary>
    Event,
}
