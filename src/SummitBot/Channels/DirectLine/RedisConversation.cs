using System.Globalization;
using Microsoft.Bot.Schema;
using StackExchange.Redis;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation in Redis (<see cref="RedisConversations"/>), under <c>summitbot:directline:{id}:</c>:
/// <c>meta</c> (the start user), <c>members</c>, <c>seq</c> (the next sequence number), <c>log</c> (the transcript, a
/// sorted set scored by sequence) and <c>turn</c> (the lock that runs its bot turns one at a time, across instances).
/// An append numbers and stores its activities in one script, so no reader can see a later activity before an earlier
/// one (a watermark never skips one), and announces itself on the pub/sub channel.
/// </summary>
internal sealed class RedisConversation(RedisConversations store, string id, ChannelAccount? startUser) : DirectLineConversation(id, startUser)
{
    // KEYS: meta, members, seq, log. ARGV[1]: idle expiry in ms. Returns the start user's JSON, or nil when there is none.
    private const string Touch = """
        local user = redis.call('HGET', KEYS[1], 'user')
        if not user then return false end
        for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
        return user
        """;

    // KEYS: meta, members, seq, log. ARGV[1]: idle expiry in ms; ARGV[2]: the start user's JSON. Returns 1 when created.
    private const string Create = """
        local created = redis.call('HSETNX', KEYS[1], 'user', ARGV[2])
        if created == 1 then
          redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return created
        """;

    // KEYS: meta, members, seq, log. ARGV[1]: idle expiry in ms; ARGV[2]: most activities kept; ARGV[3]: the placeholder
    // for the sequence number in the activities' JSON; ARGV[4]: the pub/sub channel; ARGV[5]: the conversation id;
    // ARGV[6..]: the activities. Returns the first activity's sequence number.
    private const string Append = """
        local count = #ARGV - 5
        local first = redis.call('INCRBY', KEYS[3], count) - count
        for i = 0, count - 1 do
          local json = string.gsub(ARGV[6 + i], ARGV[3], string.format('%07d', first + i))
          redis.call('ZADD', KEYS[4], first + i, json)
        end
        local kept = redis.call('ZCARD', KEYS[4])
        if kept > tonumber(ARGV[2]) then
          redis.call('ZREMRANGEBYRANK', KEYS[4], 0, kept - tonumber(ARGV[2]) - 1)
        end
        for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return first
        """;

    // KEYS[1]: the lock. ARGV[1]: the holder's token. Deletes the lock only if this holder still has it.
    private const string Release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(10);

    private IDatabase Db => store.Redis.GetDatabase();

    /// <summary>The start user's JSON of a live conversation, with its expiry pushed forward; null when there is none.</summary>
    public static Task<RedisResult> TouchScript(RedisConversations store, string id) =>
        store.Redis.GetDatabase().ScriptEvaluateAsync(Touch, Keys(id), [(long)store.Idle.TotalMilliseconds]);

    public static async Task<bool> CreateAsync(RedisConversations store, string id, ChannelAccount? user)
    {
        var result = await store.Redis.GetDatabase().ScriptEvaluateAsync(
            Create, Keys(id), [(long)store.Idle.TotalMilliseconds, DirectLineJson.WriteAccount(user)]);
        return (long)result == 1;
    }

    public override Task TouchAsync() => TouchScript(store, Id);

    public override async Task<bool> AddMemberAsync(string userId)
    {
        var added = await Db.SetAddAsync(Key("members"), userId);
        await Db.KeyExpireAsync(Key("members"), store.Idle);
        return added;
    }

    public override async Task<IReadOnlyList<string>> AppendAsync(IReadOnlyList<Activity> activities)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var placeholder = "SEQ" + Guid.NewGuid().ToString("N");
        var now = store.Time.GetUtcNow();
        var arguments = new List<RedisValue>
        {
            (long)store.Idle.TotalMilliseconds, store.Options.MaxTranscriptActivities, placeholder, store.Appended.ToString(), Id,
        };
        foreach (var activity in activities)
        {
            activity.Id = $"{Id}|{placeholder}";
            activity.Timestamp ??= now;
            arguments.Add(DirectLineJson.Serialize(activity));
        }

        var first = (long)await Db.ScriptEvaluateAsync(Append, Keys(Id), [.. arguments]);
        var ids = new List<string>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id = $"{Id}|{(first + i).ToString("D7", CultureInfo.InvariantCulture)}";
            ids.Add(activities[i].Id);
        }

        return ids;
    }

    public override async Task<(IReadOnlyList<Activity> Activities, string? Watermark)> ReadAsync(long? watermark, int max)
    {
        // The sequence is read before the transcript (Redis runs one connection's commands in order): when nothing is
        // new, the watermark given back is one read before the look, so an append between the two is never skipped.
        var db = Db;
        var next = db.StringGetAsync(Key("seq"));
        var entries = db.SortedSetRangeByScoreWithScoresAsync(
            Key("log"), start: watermark ?? double.NegativeInfinity, exclude: watermark is null ? Exclude.None : Exclude.Start, take: max);
        var page = new List<Activity>();
        long? last = null;
        foreach (var entry in await entries)
        {
            page.Add(DirectLineJson.Deserialize(entry.Element.ToString()));
            last = (long)entry.Score;
        }

        // With nothing new, the watermark stays where the client is (or at the end of the transcript).
        var appended = (long?)await next ?? 0;
        last ??= watermark ?? (appended > 0 ? appended - 1 : null);
        return (page, last?.ToString(CultureInfo.InvariantCulture));
    }

    public override async Task<bool> WaitForChangeAsync(long? watermark, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var change = await store.NextChangeAsync(Id);
        var latest = ((long?)await Db.StringGetAsync(Key("seq")) ?? 0) - 1;
        if (latest >= 0 && (watermark is null || latest > watermark))
        {
            return true;
        }

        try
        {
            await change.WaitAsync(timeout, store.Time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public override async Task<IAsyncDisposable> TakeTurnAsync(CancellationToken cancellationToken)
    {
        // Held at most as long as a bot turn may take (and a little): an instance that dies holding it blocks nobody long.
        var lease = TimeSpan.FromSeconds(store.Options.BotTimeoutSeconds + 5);
        var token = Guid.NewGuid().ToString("N");
        while (!await Db.StringSetAsync(Key("turn"), token, lease, When.NotExists))
        {
            await Task.Delay(LockPoll, store.Time, cancellationToken);
        }

        return new Turn(this, token);
    }

    public override CancellationToken OpenStream() => store.OpenStream(Id);

    public override void EndStream(CancellationToken stream) => store.EndStream(Id, stream);

    private static RedisKey[] Keys(string id) =>
        [Key(id, "meta"), Key(id, "members"), Key(id, "seq"), Key(id, "log")];

    private static RedisKey Key(string id, string part) => $"{RedisConversations.Prefix}{id}:{part}";

    private RedisKey Key(string part) => Key(Id, part);

    private sealed class Turn(RedisConversation conversation, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await conversation.Db.ScriptEvaluateAsync(Release, [conversation.Key("turn")], [token]);
    }
}
