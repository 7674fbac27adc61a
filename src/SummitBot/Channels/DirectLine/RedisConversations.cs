using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations in Redis, shared by every instance: a conversation started through one instance is
/// served by any other (transcript, watermarks, members, turns one at a time), and an instance that stops loses none.
/// Appends are announced on one pub/sub channel, so a WebSocket stream held by any instance sends what another
/// appended. Keys expire after <see cref="DirectLineOptions.ConversationIdleSeconds"/> without use; conversations are
/// not capped in number here (Redis's memory is the operator's to size).
/// </summary>
internal sealed class RedisConversations : IDirectLineConversations
{
    public const string Prefix = "summitbot:directline:";

    private readonly RedisChannel _appended = RedisChannel.Literal(Prefix + "appended");
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _changes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _streams = new(StringComparer.Ordinal);
    private readonly Lazy<Task> _subscribed;

    public RedisConversations(IConnectionMultiplexer redis, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        Redis = redis;
        Options = options.Value;
        Time = time;
        _subscribed = new Lazy<Task>(() => redis.GetSubscriber().SubscribeAsync(_appended, (_, id) => Changed(id.ToString())));
    }

    public IConnectionMultiplexer Redis { get; }

    public DirectLineOptions Options { get; }

    public TimeProvider Time { get; }

    public TimeSpan Idle => TimeSpan.FromSeconds(Options.ConversationIdleSeconds);

    public RedisChannel Appended => _appended;

    public async Task<DirectLineConversation?> FindAsync(string id)
    {
        var user = await RedisConversation.TouchScript(this, id);
        return user.IsNull ? null : new RedisConversation(this, id, DirectLineJson.ReadAccount(user.ToString()));
    }

    public async Task<(DirectLineConversation Conversation, bool Created)> StartAsync(string id, ChannelAccount? user)
    {
        var created = await RedisConversation.CreateAsync(this, id, user);
        return (await FindAsync(id) ?? new RedisConversation(this, id, user), created);
    }

    /// <summary>
    /// A task that completes when the next append to conversation <paramref name="id"/> is announced (by any instance).
    /// Taken before looking at the transcript, so an append between the look and the wait is not missed.
    /// </summary>
    public async Task<Task> NextChangeAsync(string id)
    {
        await _subscribed.Value;
        return _changes.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary>A new stream of conversation <paramref name="id"/> on this instance; the previous one here closes.</summary>
    public CancellationToken OpenStream(string id)
    {
        var current = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        _streams.AddOrUpdate(id, current, (_, old) =>
        {
            previous = old;
            return current;
        });
        previous?.Cancel();
        return current.Token;
    }

    /// <summary>Forgets a stream that ended, unless a newer one took its place.</summary>
    public void EndStream(string id, CancellationToken stream)
    {
        if (_streams.TryGetValue(id, out var current) && current.Token == stream)
        {
            _streams.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, current));
        }
    }

    private void Changed(string id)
    {
        if (_changes.TryRemove(id, out var waiters))
        {
            waiters.TrySetResult();
        }
    }
}
