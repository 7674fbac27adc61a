using Microsoft.Bot.Builder;

namespace SummitBot.State;

/// <summary>
/// The store <see cref="ReplayGuard"/> keeps its records in: of the same kind as the conversation state (so shared
/// across instances when that is) but apart from it, with the short expiry of <see cref="ReplayOptions.Window"/>.
/// </summary>
public sealed class ReplayStore(IStorage storage)
{
    public IStorage Storage { get; } = storage;
}
