using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// The live Direct Line conversations of this process when there is no Redis, bounded in number and forgotten when idle,
/// so memory stays flat however many conversations are started.
/// </summary>
internal sealed class MemoryConversations : IDirectLineConversations
{
    private readonly ConcurrentDictionary<string, MemoryConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly object _sweepGate = new();
    private DateTimeOffset _lastSweep;

    public MemoryConversations(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _lastSweep = time.GetUtcNow();
    }

    public int Count => _conversations.Count;

    public Task<DirectLineConversation?> FindAsync(string id) =>
        Task.FromResult<DirectLineConversation?>(
            _conversations.TryGetValue(id, out var found) && !IsIdle(found, _time.GetUtcNow()) ? found : null);

    public Task<(DirectLineConversation Conversation, bool Created)> StartAsync(string id, ChannelAccount? user) =>
        Task.FromResult<(DirectLineConversation, bool)>(Start(id, user));

    private (MemoryConversation Conversation, bool Created) Start(string id, ChannelAccount? user)
    {
        var now = _time.GetUtcNow();
        Sweep(now);

        var created = false;
        var conversation = _conversations.AddOrUpdate(
            id,
            key =>
            {
                created = true;
                return new MemoryConversation(key, user, _time, _options.MaxTranscriptActivities);
            },
            (key, existing) =>
            {
                if (!IsIdle(existing, now))
                {
                    return existing;
                }

                existing.Close();
                created = true;
                return new MemoryConversation(key, user, _time, _options.MaxTranscriptActivities);
            });

        conversation.Touch(now);
        if (created)
        {
            TrimToCapacity(id);
        }

        return (conversation, created);
    }

    private bool IsIdle(MemoryConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed > TimeSpan.FromSeconds(_options.ConversationIdleSeconds);

    private void Sweep(DateTimeOffset now)
    {
        lock (_sweepGate)
        {
            if (now - _lastSweep < TimeSpan.FromMinutes(1))
            {
                return;
            }

            _lastSweep = now;
        }

        foreach (var (id, conversation) in _conversations)
        {
            if (IsIdle(conversation, now) && _conversations.TryRemove(new KeyValuePair<string, MemoryConversation>(id, conversation)))
            {
                conversation.Close();
            }
        }
    }

    private void TrimToCapacity(string keep)
    {
        while (_conversations.Count > _options.MaxConversations)
        {
            var oldest = _conversations
                .Where(c => c.Key != keep)
                .OrderBy(c => c.Value.LastUsed)
                .FirstOrDefault();
            if (oldest.Value is null || !_conversations.TryRemove(oldest))
            {
                return;
            }

            oldest.Value.Close();
        }
    }
}
