namespace SummitBot.Answering;

/// <summary>Answers one question from the knowledge, given what the conversation said before.</summary>
public interface IAnswerService
{
    /// <summary>
    /// Answers <paramref name="question"/> (raw user text; mentions should already be removed by the channel layer).
    /// Never throws for any user text; a question the sources cannot answer gives <see cref="AnswerKind.Declined"/>.
    /// </summary>
    Answer Ask(string question, FollowUpContext context);

    /// <summary>The greeting for someone who joins a conversation, with example questions.</summary>
    Answer Welcome();
}
