using Microsoft.Bot.Builder;

namespace SummitBot.State;

/// <summary>
/// The default conversation-state store: in this process's memory, like the SDK's MemoryStorage, but bounded.
/// An item not read or written for the idle timeout is forgotten, and at most
/// a set number are kept (the least recently used go first), so memory stays flat however many
/// distinct conversations arrive. Items are kept as UTF-8 JSON, so a caller never holds a live reference into the store, and a busy bot's
/// turn-over of items (every one garbage once replaced) costs half what strings would.
/// </summary>
public sealed class BoundedMemoryStorage : IStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Most recently used first: expired and least recently used items are always at the end.
    private readonly LinkedList<Entry> _byUse = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _idleTimeout;
    private readonly int _maxItems;
    private long _nextETag;

    public BoundedMemoryStorage(TimeSpan idleTimeout, int maxItems, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        _time = time;
        _idleTimeout = idleTimeout;
        _maxItems = maxItems;
    }

    /// <summary>How many items are held now (after dropping the expired ones).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                DropExpired(_time.GetUtcNow());
                return _entries.Count;
            }
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, string? ETag, byte[] Json)>(keys.Length);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            DropExpired(now);
            foreach (var key in keys)
            {
                if (_entries.TryGetValue(key, out var entry))
                {
                    Touch(entry, now);
                    found.Add((key, entry.ETag, entry.Json));
                }
            }
        }

        // Deserialised outside the lock: it is the expensive part and needs no shared state.
        var items = new Dictionary<string, object>(found.Count);
        foreach (var (key, eTag, json) in found)
        {
            var value = StateJson.Deserialize(json);
            if (value is null)
            {
                continue;
            }

            if (value is IStoreItem storeItem)
            {
                storeItem.ETag = eTag;
            }

            items[key] = value;
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var serialized = changes.Select(change => (change.Key, change.Value, Json: change.Value is null ? null : StateJson.SerializeToUtf8(change.Value))).ToList();

        lock (_lock)
        {
            var now = _time.GetUtcNow();
            DropExpired(now);
            foreach (var (key, value, json) in serialized)
            {
                _entries.TryGetValue(key, out var existing);
                if (value is null || json is null)
                {
                    Remove(existing);
                    continue;
                }

                string? eTag = null;
                if (value is IStoreItem storeItem)
                {
                    // As MemoryStorage: a store item must name the current ETag, or "*"; a new key takes anything.
                    if (existing?.ETag is { } current && storeItem.ETag != "*" && storeItem.ETag != current)
                    {
                        throw ETagConflict.For(key, storeItem.ETag, current);
                    }

                    eTag = (++_nextETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (existing is null)
                {
                    existing = new Entry(key);
                    existing.Node = _byUse.AddFirst(existing);
                    _entries.Add(key, existing);
                }

                existing.ETag = eTag;
                existing.Json = json;
                Touch(existing, now);
            }

            while (_entries.Count > _maxItems)
            {
                Remove(_byUse.Last!.Value);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _entries.TryGetValue(key, out var existing);
                Remove(existing);
            }
        }

        return Task.CompletedTask;
    }

    private void DropExpired(DateTimeOffset now)
    {
        while (_byUse.Last is { } last && now - last.Value.LastUsed >= _idleTimeout)
        {
            Remove(last.Value);
        }
    }

    private void Touch(Entry entry, DateTimeOffset now)
    {
        entry.LastUsed = now;
        if (entry.Node is { } node && node != _byUse.First)
        {
            _byUse.Remove(node);
            _byUse.AddFirst(node);
        }
    }

    private void Remove(Entry? entry)
    {
        if (entry is null)
        {
            return;
        }

        _entries.Remove(entry.Key);
        if (entry.Node is not null)
        {
            _byUse.Remove(entry.Node);
        }
    }

    private sealed class Entry(string key)
    {
        public string Key { get; } = key;

        public string? ETag { get; set; }

        public byte[] Json { get; set; } = [];

        public DateTimeOffset LastUsed { get; set; }

        public LinkedListNode<Entry>? Node { get; set; }
    }
}
