using StackExchange.Redis;

namespace SummitBot.Unanswered;

/// <summary>
/// The record shared by every instance: one Redis sorted set, each question a member scored by its time. Each batch
/// is added, and the set trimmed to the maximum age and number, in one transaction; the key expires when nothing
/// has been added for the maximum age.
/// </summary>
public sealed class RedisUnansweredStore(IConnectionMultiplexer redis, string key, int maxEntries, TimeSpan maxAge, TimeProvider time) : IUnansweredStore
{
    public string Location => $"Redis key {key}";

    public async Task AddAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        if (questions.Count == 0)
        {
            return;
        }

        var entries = questions.Select(q => new SortedSetEntry(UnansweredJson.Serialize(q), q.At.ToUnixTimeMilliseconds())).ToArray();
        var oldest = (time.GetUtcNow() - maxAge).ToUnixTimeMilliseconds();
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.SortedSetAddAsync(key, entries);
        _ = transaction.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, oldest, Exclude.Stop);
        _ = transaction.SortedSetRemoveRangeByRankAsync(key, 0, -(maxEntries + 1));
        _ = transaction.KeyExpireAsync(key, maxAge);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var oldest = time.GetUtcNow() - maxAge;
        var from = since > oldest ? since : oldest;
        var members = await redis.GetDatabase().SortedSetRangeByScoreAsync(key, from.ToUnixTimeMilliseconds()).WaitAsync(cancellationToken);
        return [.. members.Select(m => UnansweredJson.Deserialize(m.ToString())).OfType<UnansweredQuestion>()];
    }
}
