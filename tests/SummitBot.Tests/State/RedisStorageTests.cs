using Newtonsoft.Json;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>What the Redis store does beyond the contract: idle expiry, key prefix, and refusing foreign types.</summary>
[Collection(SharedRedis.Name)]
[Trait("Category", "Service")]
public sealed class RedisStorageTests(RedisServer redis)
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    [Fact]
    public async Task SetsTheIdleTimeoutOnEveryKeyItWrites()
    {
        var storage = new RedisStorage(redis.Connection, _prefix, TimeSpan.FromMinutes(30));

        await storage.WriteAsync(new Dictionary<string, object> { ["conversation"] = new PocoItem { Id = "1" } });

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_prefix + "conversation");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task ForgetsAConversationLeftIdleLongerThanTheIdleTimeout()
    {
        var storage = new RedisStorage(redis.Connection, _prefix, TimeSpan.FromMilliseconds(700));
        await storage.WriteAsync(new Dictionary<string, object> { ["idle"] = new PocoItem { Id = "1" } });

        await Task.Delay(1200);

        Assert.Empty(await storage.ReadAsync(["idle"]));
        Assert.False(await redis.Connection.GetDatabase().KeyExistsAsync(_prefix + "idle"));
    }

    [Fact]
    public async Task KeepsAConversationAliveWhileItIsRead()
    {
        var idleTimeout = TimeSpan.FromMinutes(30);
        var storage = new RedisStorage(redis.Connection, _prefix, idleTimeout);
        await storage.WriteAsync(new Dictionary<string, object> { ["busy"] = new PocoItem { Id = "1" } });
        var db = redis.Connection.GetDatabase();

        // Stand in for a conversation idle almost to its timeout without waiting for it: Redis keeps its own clock,
        // so a test that slept and read on a schedule failed whenever this machine stalled longer than the timeout.
        await db.KeyExpireAsync(_prefix + "busy", TimeSpan.FromSeconds(20));

        Assert.Single(await storage.ReadAsync(["busy"]));
        var ttl = await db.KeyTimeToLiveAsync(_prefix + "busy");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, idleTimeout - TimeSpan.FromMinutes(1), idleTimeout);
    }

    [Fact]
    public async Task KeepsEveryKeyUnderItsPrefix()
    {
        var storage = new RedisStorage(redis.Connection, _prefix, TimeSpan.FromMinutes(5));

        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new PocoItem(), ["b"] = new PocoStoreItem() });

        var server = redis.Connection.GetServers()[0];
        var keys = server.Keys(pattern: _prefix + "*").Select(k => k.ToString()).Order().ToList();
        Assert.Equal([_prefix + "a", _prefix + "b"], keys);
    }

    [Fact]
    public async Task RefusesToMaterialiseATypeFromOutsideTheBotAndItsFrameworks()
    {
        var storage = new RedisStorage(redis.Connection, _prefix, TimeSpan.FromMinutes(5));
        // What someone with write access to Redis could plant: a type name the bot never stores.
        var planted = "|{\"$type\":\"System.Diagnostics.ProcessStartInfo, System.Diagnostics.Process\",\"FileName\":\"/bin/true\"}";
        await redis.Connection.GetDatabase().StringSetAsync(_prefix + "planted", planted);

        await Assert.ThrowsAsync<JsonSerializationException>(() => storage.ReadAsync(["planted"]));
    }

    [Fact]
    public async Task ShareStateBetweenTwoConnectionsAsTwoInstancesWould()
    {
        await using var other = await redis.ConnectAsync();
        var first = new RedisStorage(redis.Connection, _prefix, TimeSpan.FromMinutes(5));
        var second = new RedisStorage(other, _prefix, TimeSpan.FromMinutes(5));

        await first.WriteAsync(new Dictionary<string, object> { ["shared"] = new PocoStoreItem { Id = "from-first" } });
        var read = (PocoStoreItem)(await second.ReadAsync(["shared"]))["shared"];
        read.Id = "from-second";
        await second.WriteAsync(new Dictionary<string, object> { ["shared"] = read });

        Assert.Equal("from-second", ((PocoStoreItem)(await first.ReadAsync(["shared"]))["shared"]).Id);
    }
}
