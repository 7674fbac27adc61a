using Microsoft.Bot.Builder;
using StackExchange.Redis;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>
/// The storage contract kept by the Redis store against a real redis-server, the "second instance" being a second
/// RedisStorage on its own connection, as another bot process would have.
/// </summary>
[Collection(SharedRedis.Name)]
[Trait("Category", "Service")]
public sealed class RedisStorageContractTests : StorageContract, IAsyncLifetime
{
    private readonly RedisServer _redis;

    // A prefix per test, so tests sharing the server never see each other's keys.
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private ConnectionMultiplexer? _second;

    public RedisStorageContractTests(RedisServer redis)
    {
        _redis = redis;
        Storage = new RedisStorage(redis.Connection, _prefix, TimeSpan.FromMinutes(5));
    }

    protected override IStorage Storage { get; }

    protected override IStorage SecondInstance => new RedisStorage(_second!, _prefix, TimeSpan.FromMinutes(5));

    public async Task InitializeAsync() => _second = await _redis.ConnectAsync();

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }
}
