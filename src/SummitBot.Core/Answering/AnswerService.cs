namespace SummitBot.Answering;

/// <summary>Placeholder while the engine is written.</summary>
internal sealed class AnswerService : IAnswerService
{
    public Answer Ask(string question, FollowUpContext context) =>
        new(AnswerKind.Declined, "That is not in my sources.", [], [], context);

    public Answer Welcome() => new(AnswerKind.Greeting, "Hello! Ask me about the US-North Korea talks.", [], [], FollowUpContext.Empty);
}
