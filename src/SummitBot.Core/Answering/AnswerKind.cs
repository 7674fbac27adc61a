namespace SummitBot.Answering;

/// <summary>What kind of reply an <see cref="Answer"/> is.</summary>
public enum AnswerKind
{
    /// <summary>Answered from the sources, with at least one citation.</summary>
    Answered,

    /// <summary>The sources do not say: no citation, a few suggested questions instead.</summary>
    Declined,

    /// <summary>A greeting, "help" or a welcome: a short text with example questions.</summary>
    Greeting,

    /// <summary>Thanks or goodbye: a short acknowledgement.</summary>
    Thanks,

    /// <summary>The question could mean several things ("which Kim do you mean?"): asked back, with no citation.</summary>
    Clarification,

    /// <summary>Nothing to answer (empty text after mentions and noise are removed) or a text too long to read.</summary>
    Unreadable,
}
