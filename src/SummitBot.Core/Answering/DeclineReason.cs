namespace SummitBot.Answering;

/// <summary>
/// Why the bot declined a question, or doubted the answer it gave: what a curator reads in the report of unanswered
/// questions.
/// </summary>
public enum DeclineReason
{
    /// <summary>No passage of the asked kind was found at all.</summary>
    NotFound,

    /// <summary>Candidates were found, but none with enough evidence to be trusted.</summary>
    LowConfidence,

    /// <summary>The question names something the sources never mention ("a third summit").</summary>
    UnknownName,

    /// <summary>The question names something that could mean several things; the bot asked back.</summary>
    Ambiguous,

    /// <summary>The question asks about what is not so ("which ... did not ..."): the sources state what is.</summary>
    Negated,

    /// <summary>A follow-up whose conversation context is not available (the state store is unreachable).</summary>
    ContextLost,

    /// <summary>
    /// Not a decline: answered, but with evidence only just above the threshold (<c>Unanswered:UnsureBelow</c>). The
    /// user got the answer; the report shows it so a curator can check it, and add a clearer source or a fact.
    /// </summary>
    Unsure,
}
