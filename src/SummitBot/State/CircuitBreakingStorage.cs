using Microsoft.Bot.Builder;

namespace SummitBot.State;

/// <summary>
/// An <see cref="IStorage"/> whose every call goes through a <see cref="StoreCircuit"/>: fails at once with
/// <see cref="StateUnavailableException"/> while the store is known to be down, instead of making each turn wait for it.
/// </summary>
public sealed class CircuitBreakingStorage(IStorage inner, StoreCircuit circuit) : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        circuit.RunAsync(token => inner.ReadAsync(keys, token), cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        circuit.RunAsync(async token =>
        {
            await inner.WriteAsync(changes, token);
            return true;
        }, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        circuit.RunAsync(async token =>
        {
            await inner.DeleteAsync(keys, token);
            return true;
        }, cancellationToken);
}
