using SummitBot.Knowledge;

namespace SummitBot.Answering.Curated;

/// <summary>
/// The one mapping from the kind of answer a fact gives to the kind of question it answers outright: a word that is a
/// place's answer somewhere ("is the summit in Singapore?") makes the question one about a place. Which kinds of fact
/// may answer which questions, best first, is a ranking rule (<see cref="KindsOf"/>), not this identity.
/// </summary>
internal static class FactKindAnswers
{
    public static AnswerType AnswerType(this FactKind kind) => kind switch
    {
        FactKind.Place => Answering.AnswerType.Place,
        FactKind.Date => Answering.AnswerType.Date,
        FactKind.Person => Answering.AnswerType.Person,
        FactKind.Title => Answering.AnswerType.Title,
        FactKind.Number => Answering.AnswerType.Number,
        FactKind.Reason => Answering.AnswerType.Reason,
        FactKind.Quote => Answering.AnswerType.Quote,

        // What a fact is about is said in its sentence: an open question.
        FactKind.Topic => Answering.AnswerType.What,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of fact"),
    };
}
