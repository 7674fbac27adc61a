using Microsoft.Bot.Builder;

namespace SummitBot.State;

/// <summary>
/// A shared store with a store of this process to fall back on while the shared one is unavailable
/// (<see cref="StateUnavailableException"/>). For the replay guard's records: while Redis is away a retry is still
/// recognised when it reaches the same instance, and no turn waits or fails for want of a record.
/// </summary>
public sealed partial class FallbackStorage(IStorage shared, IStorage local, ILogger<FallbackStorage> logger) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            return await shared.ReadAsync(keys, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            LogFallback(logger);
            return await local.ReadAsync(keys, cancellationToken);
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            await shared.WriteAsync(changes, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            LogFallback(logger);
            await local.WriteAsync(changes, cancellationToken);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            await shared.DeleteAsync(keys, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            LogFallback(logger);
        }

        await local.DeleteAsync(keys, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The shared store is unavailable: using this process's store")]
    private static partial void LogFallback(ILogger logger);
}
