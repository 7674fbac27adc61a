using Microsoft.Bot.Builder;

namespace SummitBot.Tests.Authentication;

/// <summary>The real bot, counting the turns it is given: a refused request must never reach it.</summary>
internal sealed class RecordingBot(IBot inner, TurnCounter counter) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        counter.Add();
        return inner.OnTurnAsync(turnContext, cancellationToken);
    }
}

/// <summary>Turns that reached the bot.</summary>
internal sealed class TurnCounter
{
    private int _turns;

    public int Turns => _turns;

    public void Add() => Interlocked.Increment(ref _turns);
}
