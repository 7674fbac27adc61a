using SummitBot.Answering;

namespace SummitBot.Benchmarks.Hosts;

/// <summary>
/// The fixed-reply host's answering service (<see cref="FixedReplyHost"/>): answers every question with the same text
/// and one citation, so the reply has the shape of a real answer (text, <c>[1]</c> marker, citation entity) and the bot
/// renders it the same way, but no question is read and nothing is searched.
/// </summary>
internal sealed class FixedReplyAnswerService : IAnswerService
{
    private const string Passage = "This reply is fixed: the bot is running as the benchmark's floor.";

    private static readonly Citation FixedCitation = new(1, "benchmark-fixed-reply", "Fixed reply", null, Passage, Passage);

    public Answer Ask(string question, FollowUpContext context) =>
        new(AnswerKind.Answered, "This is the fixed benchmark reply [1].", [FixedCitation], [], context ?? FollowUpContext.Empty);

    public Answer Welcome() =>
        new(AnswerKind.Greeting, "Welcome! This bot is running with a fixed benchmark reply.", [], [], FollowUpContext.Empty);
}
