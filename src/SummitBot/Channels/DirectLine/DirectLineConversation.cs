using Microsoft.Bot.Schema;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation: its transcript (bounded; activity ids and watermarks count on across trimming), the
/// users who have joined, the one WebSocket stream allowed at a time, and its bot turns run one at a time so follow-ups
/// see the state their previous turn wrote. Kept in this process (<see cref="MemoryConversation"/>) or in Redis, where
/// every instance serves it (<see cref="RedisConversation"/>).
/// </summary>
internal abstract class DirectLineConversation(string id, ChannelAccount? startUser)
{
    public string Id { get; } = id;

    /// <summary>The user given when the conversation was started, used when a posted activity names none.</summary>
    public ChannelAccount? StartUser { get; } = startUser;

    /// <summary>Marks the conversation as in use, so it is not forgotten as idle.</summary>
    public abstract Task TouchAsync();

    /// <summary>True the first time <paramref name="userId"/> is seen, so the bot can be told the user joined.</summary>
    public abstract Task<bool> AddMemberAsync(string userId);

    /// <summary>
    /// Appends activities in order, giving each its id (<c>{conversationId}|{sequence}</c>, also set on the activity) and
    /// waking the streams; returns the ids.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Activity> activities);

    /// <summary>
    /// Up to <paramref name="max"/> activities after <paramref name="watermark"/> (null: from the start of what is kept),
    /// and the watermark to ask with next time (null while the transcript is empty).
    /// </summary>
    public abstract Task<(IReadOnlyList<Activity> Activities, string? Watermark)> ReadAsync(long? watermark, int max);

    /// <summary>True at once when there is something after <paramref name="watermark"/>, else when something is appended, or false after <paramref name="timeout"/>.</summary>
    public abstract Task<bool> WaitForChangeAsync(long? watermark, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Waits for this conversation's turn; disposing the result lets the next turn run.</summary>
    public abstract Task<IAsyncDisposable> TakeTurnAsync(CancellationToken cancellationToken);

    /// <summary>Registers a new WebSocket stream; the previous one (if any) is told to close, as Direct Line allows one.</summary>
    public abstract CancellationToken OpenStream();

    /// <summary>A stream opened with <see cref="OpenStream"/> ended.</summary>
    public virtual void EndStream(CancellationToken stream)
    {
    }
}
