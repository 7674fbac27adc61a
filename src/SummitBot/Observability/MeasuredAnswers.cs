using SummitBot.Answering;
using SummitBot.Hosting;

namespace SummitBot.Observability;

/// <summary>Wraps the bot's answering service in <see cref="MeasuredAnswerService"/>.</summary>
internal sealed class MeasuredAnswers(BotMetrics metrics, TimeProvider time) : IAnswerServiceDecorator
{
    public IAnswerService Decorate(IAnswerService inner) => new MeasuredAnswerService(inner, metrics, time);
}
