using Microsoft.Extensions.Time.Testing;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>The in-memory default stays bounded: idle conversations expire and the item count has a ceiling.</summary>
public sealed class BoundedMemoryStorageTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 5, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ForgetsAConversationLeftIdleLongerThanTheIdleTimeout()
    {
        var storage = new BoundedMemoryStorage(TimeSpan.FromMinutes(60), 1000, _time);
        await storage.WriteAsync(new Dictionary<string, object> { ["conversation"] = new PocoItem { Id = "1" } });

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(1, storage.Count);
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Empty(await storage.ReadAsync(["conversation"]));
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task KeepsAConversationAliveWhileItIsRead()
    {
        var storage = new BoundedMemoryStorage(TimeSpan.FromMinutes(60), 1000, _time);
        await storage.WriteAsync(new Dictionary<string, object> { ["busy"] = new PocoItem { Id = "1" }, ["quiet"] = new PocoItem { Id = "2" } });

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(40));
            Assert.Single(await storage.ReadAsync(["busy"]));
        }

        Assert.Empty(await storage.ReadAsync(["quiet"]));
    }

    [Fact]
    public async Task StaysFlatHoweverManyDistinctConversationsArrive()
    {
        // 100,000 conversations, one every 100 ms, each written once and read once, with a 10-minute idle timeout:
        // at most 10 min / 100 ms = 6,000 can be alive at once, whatever the total.
        var storage = new BoundedMemoryStorage(TimeSpan.FromMinutes(10), 1_000_000, _time);
        var highest = 0;

        for (var i = 0; i < 100_000; i++)
        {
            var key = $"emulator/conversations/c-{i}";
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoItem { Id = key } });
            await storage.ReadAsync([key]);
            _time.Advance(TimeSpan.FromMilliseconds(100));
            if (i % 1000 == 0)
            {
                highest = Math.Max(highest, storage.Count);
            }
        }

        Assert.InRange(highest, 5_990, 6_001);
        Assert.InRange(storage.Count, 5_990, 6_001);
    }

    [Fact]
    public async Task HoldsNoMoreThanMaxItemsAndDropsTheLeastRecentlyUsedFirst()
    {
        var storage = new BoundedMemoryStorage(TimeSpan.FromHours(1), 1000, _time);
        await storage.WriteAsync(new Dictionary<string, object> { ["kept-by-use"] = new PocoItem { Id = "old" } });

        for (var i = 0; i < 5000; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"c-{i}"] = new PocoItem() });
            if (i % 500 == 0)
            {
                await storage.ReadAsync(["kept-by-use"]);
            }
        }

        Assert.Equal(1000, storage.Count);
        Assert.Single(await storage.ReadAsync(["kept-by-use"]));
        Assert.Empty(await storage.ReadAsync(["c-0"]));
        Assert.Single(await storage.ReadAsync(["c-4999"]));
    }

    [Fact]
    public async Task HandsOutCopiesSoACallerCannotChangeWhatIsStored()
    {
        var storage = new BoundedMemoryStorage(TimeSpan.FromHours(1), 1000, _time);
        var item = new PocoItem { Id = "1", Count = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = item });

        item.Count = 99;
        ((PocoItem)(await storage.ReadAsync(["item"]))["item"]).Count = 98;

        Assert.Equal(1, ((PocoItem)(await storage.ReadAsync(["item"]))["item"]).Count);
    }
}
