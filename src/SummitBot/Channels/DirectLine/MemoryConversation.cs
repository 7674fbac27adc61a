using Microsoft.Bot.Schema;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation in this process's memory (no Redis): its transcript (bounded; activity ids and
/// watermarks count on across trimming), the users who have joined, the one WebSocket stream allowed at a time, and a
/// lock that runs its bot turns one at a time so follow-ups see the state their previous turn wrote.
/// </summary>
#pragma warning disable CA1001 // The turn semaphore is never waited on with a timeout, so it holds no wait handle to dispose.
internal sealed class MemoryConversation : DirectLineConversation
#pragma warning restore CA1001
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _transcript = new();
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly int _maxTranscript;
    private long _nextSequence;
    private TaskCompletionSource _changed = NewSignal();
    private readonly SemaphoreSlim _turns = new(1, 1);
    private readonly TimeProvider _time;
    private CancellationTokenSource? _stream;

    public MemoryConversation(string id, ChannelAccount? startUser, TimeProvider time, int maxTranscript)
        : base(id, startUser)
    {
        _time = time;
        LastUsed = time.GetUtcNow();
        _maxTranscript = maxTranscript;
    }

    public DateTimeOffset LastUsed { get; private set; }

    public override Task TouchAsync()
    {
        Touch(_time.GetUtcNow());
        return Task.CompletedTask;
    }

    public override Task<bool> AddMemberAsync(string userId) => Task.FromResult(AddMember(userId));

    public override Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Activity> activities) =>
        Task.FromResult<IReadOnlyList<string>>(Append(activities, _time.GetUtcNow()));

    public override Task<(IReadOnlyList<Activity> Activities, string? Watermark)> ReadAsync(long? watermark, int max) =>
        Task.FromResult(Read(watermark, max));

    public override async Task<IAsyncDisposable> TakeTurnAsync(CancellationToken cancellationToken)
    {
        await _turns.WaitAsync(cancellationToken);
        return new Turn(_turns);
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>True the first time <paramref name="userId"/> is seen, so the bot can be told the user joined.</summary>
    private bool AddMember(string userId)
    {
        lock (_gate)
        {
            return _members.Add(userId);
        }
    }

    /// <summary>Appends activities, giving each its id (<c>{conversationId}|{sequence}</c>), and wakes the streams.</summary>
    private List<string> Append(IEnumerable<Activity> activities, DateTimeOffset now)
    {
        var ids = new List<string>();
        TaskCompletionSource changed;
        lock (_gate)
        {
            foreach (var activity in activities)
            {
                var sequence = _nextSequence++;
                activity.Id = $"{Id}|{sequence:D7}";
                activity.Timestamp ??= now;
                _transcript.AddLast((sequence, activity));
                ids.Add(activity.Id);
            }

            while (_transcript.Count > _maxTranscript)
            {
                _transcript.RemoveFirst();
            }

            LastUsed = now;
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return ids;
    }

    /// <summary>
    /// Up to <paramref name="max"/> activities after <paramref name="watermark"/> (null: from the start of what is kept),
    /// and the watermark to ask with next time (null while the transcript is empty).
    /// </summary>
    private (IReadOnlyList<Activity> Activities, string? Watermark) Read(long? watermark, int max)
    {
        lock (_gate)
        {
            var page = new List<Activity>();
            long? last = null;
            foreach (var (sequence, activity) in _transcript)
            {
                if (watermark is { } w && sequence <= w)
                {
                    continue;
                }

                if (page.Count == max)
                {
                    break;
                }

                page.Add(activity);
                last = sequence;
            }

            // With nothing new, the watermark stays where the client is (or at the end of the transcript).
            last ??= watermark ?? (_nextSequence > 0 ? _nextSequence - 1 : null);
            return (page, last?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public override async Task<bool> WaitForChangeAsync(long? watermark, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task signal;
        lock (_gate)
        {
            var latest = _nextSequence - 1;
            if (latest >= 0 && (watermark is null || latest > watermark))
            {
                return true;
            }

            signal = _changed.Task;
        }

        try
        {
            await signal.WaitAsync(timeout, _time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public override CancellationToken OpenStream()
    {
        CancellationTokenSource? previous;
        var current = new CancellationTokenSource();
        lock (_gate)
        {
            previous = _stream;
            _stream = current;
        }

        previous?.Cancel();
        return current.Token;
    }

    /// <summary>Ends every stream of a conversation that is being forgotten.</summary>
    public void Close()
    {
        CancellationTokenSource? stream;
        lock (_gate)
        {
            stream = _stream;
            _stream = null;
        }

        stream?.Cancel();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Turn(SemaphoreSlim turns) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            turns.Release();
            return ValueTask.CompletedTask;
        }
    }
}
