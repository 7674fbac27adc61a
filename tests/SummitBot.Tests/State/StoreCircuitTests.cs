using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>The circuit in front of Redis: fails fast after a failure, probes after the break, closes on success.</summary>
public sealed class StoreCircuitTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Break = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new();
    private readonly StoreCircuit _circuit;
    private int _calls;

    public StoreCircuitTests() => _circuit = new StoreCircuit(Timeout, Break, _time, NullLogger<StoreCircuit>.Instance);

    [Fact]
    public async Task AStoreFailureOpensTheCircuitAndLaterCallsFailWithoutTryingTheStore()
    {
        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Failing, CancellationToken.None));
        Assert.Equal(CircuitState.Open, _circuit.State);

        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Answering, CancellationToken.None));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task AfterTheBreakOneProbeGoesThroughAndItsSuccessClosesTheCircuit()
    {
        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Failing, CancellationToken.None));
        _time.Advance(Break);

        Assert.Equal(CircuitState.HalfOpen, _circuit.State);
        Assert.Equal(42, await _circuit.RunAsync(Answering, CancellationToken.None));
        Assert.Equal(CircuitState.Closed, _circuit.State);
        Assert.Equal(42, await _circuit.RunAsync(Answering, CancellationToken.None));
    }

    [Fact]
    public async Task AFailedProbeOpensTheCircuitForAnotherBreak()
    {
        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Failing, CancellationToken.None));
        _time.Advance(Break);

        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Failing, CancellationToken.None));
        _time.Advance(Break / 2);

        Assert.Equal(CircuitState.Open, _circuit.State);
        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Answering, CancellationToken.None));
        Assert.Equal(2, _calls);
    }

    [Fact]
    public async Task ACallThatOutlastsTheTimeoutFailsAsUnavailableAndOpensTheCircuit()
    {
        var never = new TaskCompletionSource<int>();
        var call = _circuit.RunAsync(_ => never.Task, CancellationToken.None);

        _time.Advance(Timeout);

        await Assert.ThrowsAsync<StateUnavailableException>(() => call);
        Assert.Equal(CircuitState.Open, _circuit.State);
    }

    [Fact]
    public async Task AnETagConflictIsNoStoreFailure()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _circuit.RunAsync<int>(_ => throw new ArgumentException("Etag conflict"), CancellationToken.None));

        Assert.Equal(CircuitState.Closed, _circuit.State);
    }

    [Fact]
    public async Task TheConnectionsNewsOpensAndClosesTheCircuitAtOnce()
    {
        _circuit.Lost("ConnectionFailed");
        await Assert.ThrowsAsync<StateUnavailableException>(() => _circuit.RunAsync(Answering, CancellationToken.None));

        _circuit.Restored();

        Assert.Equal(42, await _circuit.RunAsync(Answering, CancellationToken.None));
    }

    private Task<int> Failing(CancellationToken cancellationToken)
    {
        _calls++;
        throw new TimeoutException("Redis did not answer");
    }

    private Task<int> Answering(CancellationToken cancellationToken)
    {
        _calls++;
        return Task.FromResult(42);
    }
}
