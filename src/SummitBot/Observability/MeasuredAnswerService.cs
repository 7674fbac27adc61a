using SummitBot.Answering;

namespace SummitBot.Observability;

/// <summary>
/// Wraps the answering core's <see cref="IAnswerService"/> to count answers by kind and time them, so the bot and the
/// core need no metrics code of their own.
/// </summary>
internal sealed class MeasuredAnswerService(IAnswerService inner, BotMetrics metrics, TimeProvider time) : IAnswerService
{
    public Answer Ask(string question, FollowUpContext context)
    {
        var started = time.GetTimestamp();
        var answer = inner.Ask(question, context);
        metrics.Answered(answer.Kind, time.GetElapsedTime(started));
        return answer;
    }

    public Answer Welcome() => inner.Welcome();
}
