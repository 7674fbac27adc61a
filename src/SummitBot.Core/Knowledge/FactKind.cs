namespace SummitBot.Knowledge;

/// <summary>
/// The kind of answer a hand-written fact gives (its <c>asks:</c> line), parsed once when the knowledge is loaded.
/// </summary>
/// <remarks>
/// Its own enum, not <c>SummitBot.Answering.AnswerType</c>, because the two are different concepts that merely share
/// some names: a fact kind is what an author wrote down (and includes <see cref="Topic"/>, which no question asks for),
/// an answer type is what a question wants (and includes kinds no fact holds: a time of day, a duration, yes or no, a
/// speaker). Which fact kinds answer which questions is a ranking rule in Answering, not an identity; Knowledge also
/// must not depend on Answering, which depends on it. The one mapping from a fact kind to the question it answers
/// outright lives in Answering (<c>FactKindAnswers</c>); the token that facts files and the index use, in <see cref="FactKinds"/>.
/// </remarks>
public enum FactKind
{
    /// <summary><c>place</c>: where something is or happens ("Hanoi, Vietnam").</summary>
    Place,

    /// <summary><c>date</c>: when something happens, a day or a stretch of days.</summary>
    Date,

    /// <summary><c>person</c>: who did something, or who someone is.</summary>
    Person,

    /// <summary><c>title</c>: a person's title or role.</summary>
    Title,

    /// <summary><c>number</c>: a count.</summary>
    Number,

    /// <summary><c>reason</c>: why something happened (other facts point at it with <c>because</c>).</summary>
    Reason,

    /// <summary><c>quote</c>: what someone said.</summary>
    Quote,

    /// <summary><c>topic</c>: what something is about (an agenda, what was discussed).</summary>
    Topic,
}
