using SummitBot.Answering;

namespace SummitBot.Hosting;

/// <summary>
/// Something that wraps the answering service the bot uses (to measure it, say). Registered as a singleton
/// <see cref="IAnswerServiceDecorator"/>; <see cref="AnsweringSetup"/> applies every registered one when the service is
/// first resolved, so a decorator may be registered before or after the answering core.
/// </summary>
public interface IAnswerServiceDecorator
{
    /// <summary>The service to use in place of <paramref name="inner"/>, usually one that calls it.</summary>
    IAnswerService Decorate(IAnswerService inner);
}
