namespace SummitBot.TestTools.QuestionSets;

/// <summary>How a reply to a set's case turned out, as a user would judge it.</summary>
public enum Verdict
{
    /// <summary>The right short answer, citing the sentence that says it.</summary>
    Right,

    /// <summary>Declined (no citation) where the sources have the answer: a missed answer, but no harm.</summary>
    Declined,

    /// <summary>Cited a sentence that does not answer: a wrong answer with a citation.</summary>
    WrongPassage,

    /// <summary>Cited the right sentence, but the short answer lacks the expected words.</summary>
    WrongAnswer,

    /// <summary>Declined a question the sources do not answer, citing nothing: right.</summary>
    RightlyDeclined,

    /// <summary>Answered, with a citation, a question the sources do not answer: the worst outcome.</summary>
    WronglyAnswered,
}
