using StackExchange.Redis;

namespace SummitBot.State;

/// <summary>
/// A circuit breaker in front of a remote store (Redis), shared by every store that talks to it. A call that fails or
/// takes longer than <see cref="StateOptions.RedisOperationTimeout"/> opens the circuit; while it is open every call fails
/// at once with <see cref="StateUnavailableException"/> instead of waiting on a store that is not there; after
/// <see cref="StateOptions.RedisBreakDuration"/> one call probes the store, and its success closes the circuit. The
/// connection's own news closes or opens it sooner (<see cref="Restored"/>, <see cref="Lost"/>).
/// </summary>
public sealed partial class StoreCircuit
{
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _break;
    private readonly TimeProvider _time;
    private readonly ILogger<StoreCircuit> _logger;
    private readonly Lock _gate = new();
    private CircuitState _state = CircuitState.Closed;
    private DateTimeOffset _openUntil;
    private bool _probing;

    public StoreCircuit(TimeSpan operationTimeout, TimeSpan breakDuration, TimeProvider time, ILogger<StoreCircuit> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(operationTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(breakDuration, TimeSpan.Zero);
        _timeout = operationTimeout;
        _break = breakDuration;
        _time = time;
        _logger = logger;
    }

    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state == CircuitState.Open && _time.GetUtcNow() >= _openUntil ? CircuitState.HalfOpen : _state;
            }
        }
    }

    /// <summary>
    /// Runs one call against the store: at once <see cref="StateUnavailableException"/> while the circuit is open,
    /// otherwise the call, bounded in time; a failure of the store becomes <see cref="StateUnavailableException"/>.
    /// Anything else the call throws (an ETag conflict) passes through and says nothing about the store's health.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var probe = Enter();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var result = await call(timeout.Token).WaitAsync(_timeout, _time, cancellationToken);
            Succeeded(probe);
            return result;
        }
        catch (Exception e) when (IsStoreFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            Failed(probe, e.GetType().Name);
            throw new StateUnavailableException($"The conversation-state store did not answer ({e.GetType().Name}).", e);
        }
        catch
        {
            Release(probe);
            throw;
        }
    }

    /// <summary>The connection came back: the next call goes through.</summary>
    public void Restored()
    {
        lock (_gate)
        {
            if (_state == CircuitState.Closed)
            {
                return;
            }

            _state = CircuitState.Closed;
            _probing = false;
        }

        LogClosed(_logger, "the connection was restored");
    }

    /// <summary>The connection was lost: calls fail at once from now on, until it is restored or a probe succeeds.</summary>
    public void Lost(string reason) => Open(reason);

    private static bool IsStoreFailure(Exception e) =>
        e is RedisConnectionException or RedisTimeoutException or TimeoutException or OperationCanceledException or RedisServerException;

    /// <summary>Lets a call in, or throws when the circuit is open; true when the call is the half-open probe.</summary>
    private bool Enter()
    {
        lock (_gate)
        {
            switch (_state)
            {
                case CircuitState.Closed:
                    return false;
                case CircuitState.Open when _time.GetUtcNow() >= _openUntil && !_probing:
                    _state = CircuitState.HalfOpen;
                    _probing = true;
                    return true;
                case CircuitState.HalfOpen when !_probing:
                    _probing = true;
                    return true;
                default:
                    throw new StateUnavailableException("The conversation-state store is unavailable (circuit open after a failure).");
            }
        }
    }

    private void Succeeded(bool probe)
    {
        if (!probe)
        {
            return;
        }

        lock (_gate)
        {
            _state = CircuitState.Closed;
            _probing = false;
        }

        LogClosed(_logger, "a probe succeeded");
    }

    private void Failed(bool probe, string reason)
    {
        Release(probe);
        Open(reason);
    }

    private void Release(bool probe)
    {
        if (!probe)
        {
            return;
        }

        lock (_gate)
        {
            _probing = false;
            if (_state == CircuitState.HalfOpen)
            {
                // A probe that ended for another reason (an ETag conflict): the store answered.
                _state = CircuitState.Closed;
            }
        }
    }

    private void Open(string reason)
    {
        bool opened;
        lock (_gate)
        {
            opened = _state == CircuitState.Closed;
            _state = CircuitState.Open;
            _openUntil = _time.GetUtcNow() + _break;
        }

        if (opened)
        {
            LogOpened(_logger, reason, _break.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation state is unavailable ({Reason}): answering without it, retrying the store every {BreakSeconds} s")]
    private static partial void LogOpened(ILogger logger, string reason, double breakSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation state is available again ({Reason})")]
    private static partial void LogClosed(ILogger logger, string reason);
}
