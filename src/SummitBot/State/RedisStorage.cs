using Microsoft.Bot.Builder;
using StackExchange.Redis;

namespace SummitBot.State;

/// <summary>
/// Conversation state in Redis, shared by every instance of the bot. Each item is one string key holding
/// <c>{eTag}|{json}</c>; a write is checked and applied by one Lua script, so two instances writing the same item with
/// the same ETag cannot both succeed. Keys expire after an idle timeout without a read or write.
/// Follows the same contract as the SDK's MemoryStorage: a store item must carry the current ETag (or <c>"*"</c>),
/// a stale one raises <see cref="ArgumentException"/>; other objects are written unconditionally.
/// </summary>
public sealed class RedisStorage : IStorage
{
    // KEYS[1]: the key. ARGV[1]: 'match' (a store item: check the ETag) or 'any' (no check);
    // ARGV[2]: the ETag the writer read; ARGV[3]: the new value; ARGV[4]: expiry in milliseconds.
    // Returns 1 when written; otherwise the current ETag (the writer's is stale).
    private const string WriteScript = """
        local current = redis.call('GET', KEYS[1])
        if ARGV[1] == 'match' and current then
          local sep = string.find(current, '|', 1, true)
          local etag = string.sub(current, 1, sep - 1)
          if etag ~= '' and etag ~= ARGV[2] then
            return etag
          end
        end
        redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
        return 1
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly TimeSpan _idleTimeout;
    private readonly string _prefix;

    /// <param name="redis">The connection, shared by everything in the process that talks to this Redis.</param>
    /// <param name="keyPrefix">Put before every key, so several stores and programs can share one database.</param>
    /// <param name="idleTimeout">A key not read or written for this long expires.</param>
    public RedisStorage(IConnectionMultiplexer redis, string keyPrefix, TimeSpan idleTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(idleTimeout, TimeSpan.FromMilliseconds(1));
        _redis = redis;
        _prefix = keyPrefix;
        _idleTimeout = idleTimeout;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var db = _redis.GetDatabase();

        // GETEX reads and pushes the expiry forward in one command: reading a conversation keeps it alive.
        var reads = keys.Select(key => db.StringGetSetExpiryAsync(_prefix + key, _idleTimeout)).ToArray();
        var values = await Task.WhenAll(reads).WaitAsync(cancellationToken);

        var items = new Dictionary<string, object>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (values[i].IsNull)
            {
                continue;
            }

            var stored = values[i].ToString();
            var separator = stored.IndexOf('|', StringComparison.Ordinal);
            var eTag = stored[..separator];
            var value = StateJson.Deserialize(stored[(separator + 1)..]);
            if (value is null)
            {
                continue;
            }

            if (value is IStoreItem storeItem)
            {
                storeItem.ETag = eTag.Length == 0 ? null : eTag;
            }

            items[keys[i]] = value;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var db = _redis.GetDatabase();
        var expiry = (long)_idleTimeout.TotalMilliseconds;

        // One script per key (not one for the batch) so keys may live on different Redis cluster slots;
        // a batch is applied item by item, as MemoryStorage does.
        var writes = new List<(string Key, string? Given, Task<RedisResult> Result)>(changes.Count);
        var deletes = new List<Task>();
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                deletes.Add(db.KeyDeleteAsync(_prefix + key));
                continue;
            }

            var storeItem = value as IStoreItem;
            var check = storeItem is not null && storeItem.ETag != "*" ? "match" : "any";
            var newETag = storeItem is null ? string.Empty : Guid.NewGuid().ToString("N");
            var stored = newETag + "|" + StateJson.Serialize(value);
            var result = db.ScriptEvaluateAsync(
                WriteScript,
                [_prefix + key],
                [check, storeItem?.ETag ?? string.Empty, stored, expiry]);
            writes.Add((key, storeItem?.ETag, result));
        }

        await Task.WhenAll(deletes.Concat(writes.Select(w => (Task)w.Result))).WaitAsync(cancellationToken);
        foreach (var (key, given, result) in writes)
        {
            var outcome = await result;
            if (outcome.Resp2Type == ResultType.BulkString)
            {
                throw ETagConflict.For(key, given, outcome.ToString());
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var db = _redis.GetDatabase();
        await Task.WhenAll(keys.Select(key => db.KeyDeleteAsync(_prefix + key))).WaitAsync(cancellationToken);
    }
}
