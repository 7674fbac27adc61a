using Microsoft.Bot.Schema;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (bounded; activity ids and watermarks count on across trimming), the users
/// who have joined, the one WebSocket stream allowed at a time, and a lock that runs its bot turns one at a time so
/// follow-ups see the state their previous turn wrote.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _transcript = new();
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly int _maxTranscript;
    private long _nextSequence;
    private TaskCompletionSource _changed = NewSignal();
    private CancellationTokenSource? _stream;

    public DirectLineConversation(string id, ChannelAccount? startUser, DateTimeOffset now, int maxTranscript)
    {
        Id = id;
        StartUser = startUser;
        LastUsed = now;
        _maxTranscript = maxTranscript;
    }

    public string Id { get; }

    /// <summary>The user given when the conversation was started, used when a posted activity names none.</summary>
    public ChannelAccount? StartUser { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>Bot turns of this conversation run one at a time.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>True the first time <paramref name="userId"/> is seen, so the bot can be told the user joined.</summary>
    public bool AddMember(string userId)
    {
        lock (_gate)
        {
            return _members.Add(userId);
        }
    }

    /// <summary>Appends activities, giving each its id (<c>{conversationId}|{sequence}</c>), and wakes the streams.</summary>
    public IReadOnlyList<string> Append(IEnumerable<Activity> activities, DateTimeOffset now)
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
    public (IReadOnlyList<Activity> Activities, string? Watermark) Read(long? watermark, int max)
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

    /// <summary>Completes when something is appended after this call, or when <paramref name="timeout"/> passes.</summary>
    public async Task<bool> WaitForChangeAsync(long? watermark, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
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
            await signal.WaitAsync(timeout, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Registers a new WebSocket stream; the previous one (if any) is told to close, as Direct Line allows one.</summary>
    public CancellationToken OpenStream()
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
}
