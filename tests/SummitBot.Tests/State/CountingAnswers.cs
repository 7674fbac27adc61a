using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;

namespace SummitBot.Tests.State;

/// <summary>
/// Wraps the bot's real answering service to count how often a question is actually answered, and optionally to make
/// each answer slow (as a channel that retries a slow bot sees it) or the first ones fail.
/// </summary>
public sealed class CountingAnswers
{
    private int _asked;
    private int _failuresLeft;

    public TimeSpan Delay { get; init; }

    public int FailFirst
    {
        init => _failuresLeft = value;
    }

    /// <summary>How many times a question reached the answering service.</summary>
    public int Asked => Volatile.Read(ref _asked);

    /// <summary>Replaces the registered <see cref="IAnswerService"/> by one that counts and delegates to it.</summary>
    public void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IAnswerService));
        services.Remove(original);
        services.AddSingleton<IAnswerService>(sp => new Counting(this, Create(sp, original)));
    }

    private static IAnswerService Create(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (IAnswerService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    private sealed class Counting(CountingAnswers owner, IAnswerService inner) : IAnswerService
    {
        public Answer Ask(string question, FollowUpContext context)
        {
            Interlocked.Increment(ref owner._asked);
            if (Interlocked.Decrement(ref owner._failuresLeft) >= 0)
            {
                throw new InvalidOperationException("Failing on purpose, as a test asked.");
            }

            if (owner.Delay > TimeSpan.Zero)
            {
                Thread.Sleep(owner.Delay);
            }

            return inner.Ask(question, context);
        }

        public Answer Welcome() => inner.Welcome();
    }
}
