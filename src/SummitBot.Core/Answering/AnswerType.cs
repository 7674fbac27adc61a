namespace SummitBot.Answering;

/// <summary>What kind of answer a question wants.</summary>
public enum AnswerType
{
    /// <summary>Not said outright ("what ...?", "tell me about ..."): any fact whose words cover the question.</summary>
    What,
    Place,
    Date,
    Person,
    Title,
    Number,
    Reason,
    Quote,

    /// <summary>Who said something ("who said that?").</summary>
    Speaker,
}
