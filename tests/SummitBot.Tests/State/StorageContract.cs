using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SummitBot.Answering;

namespace SummitBot.Tests.State;

/// <summary>
/// The Bot Framework storage contract, as the SDK's MemoryStorage keeps it, asked of every store the bot can run on:
/// many keys per call, ETags with optimistic concurrency, "*" writes, deletes, and ConversationState round trips.
/// Each store's test class derives from this one.
/// </summary>
public abstract class StorageContract
{
    /// <summary>A store with no items in it (each test gets its own).</summary>
    protected abstract IStorage Storage { get; }

    /// <summary>The same items seen through another connection, as a second bot instance sees them.</summary>
    protected abstract IStorage SecondInstance { get; }

    [Fact]
    public async Task ReadsNothingForAKeyNeverWritten()
    {
        var items = await Storage.ReadAsync(["never-written"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task ReadsBackManyKeysWrittenInOneCallAsTheirOwnTypes()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["poco"] = new PocoItem { Id = "1", Count = 7 },
            ["storeItem"] = new PocoStoreItem { Id = "2", Count = 8 },
            ["text"] = "plain text",
        });

        var items = await SecondInstance.ReadAsync(["poco", "storeItem", "text", "missing"]);

        Assert.Equal(3, items.Count);
        var poco = Assert.IsType<PocoItem>(items["poco"]);
        Assert.Equal(("1", 7), (poco.Id, poco.Count));
        var storeItem = Assert.IsType<PocoStoreItem>(items["storeItem"]);
        Assert.Equal(("2", 8), (storeItem.Id, storeItem.Count));
        Assert.False(string.IsNullOrEmpty(storeItem.ETag));
        Assert.Equal("plain text", items["text"]);
    }

    [Fact]
    public async Task GivesEveryWriteOfAStoreItemANewETag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1" } });
        var first = (PocoStoreItem)(await Storage.ReadAsync(["item"]))["item"];

        first.Count++;
        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = first });
        var second = (PocoStoreItem)(await SecondInstance.ReadAsync(["item"]))["item"];

        Assert.NotNull(first.ETag);
        Assert.NotNull(second.ETag);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public async Task RefusesAWriteWithAStaleETagAsMemoryStorageDoes()
    {
        var expected = await StaleWriteErrorAsync(new MemoryStorage());

        var actual = await StaleWriteErrorAsync(Storage);

        Assert.Equal(expected.GetType(), actual.GetType());
        var kept = (PocoStoreItem)(await Storage.ReadAsync(["item"]))["item"];
        Assert.Equal(2, kept.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-the-etag")]
    public async Task RefusesAStoreItemWithoutTheCurrentETagOverAnExistingOne(string? eTag)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "first", Count = 1 } });

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "second", Count = 2, ETag = eTag } }));

        var kept = (PocoStoreItem)(await Storage.ReadAsync(["item"]))["item"];
        Assert.Equal("first", kept.Id);
    }

    [Fact]
    public async Task WritesUnconditionallyWithTheWildcardETag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1 } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 2, ETag = "*" } });
        await SecondInstance.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 3, ETag = "*" } });

        var item = (PocoStoreItem)(await Storage.ReadAsync(["item"]))["item"];

        Assert.Equal(3, item.Count);
    }

    [Fact]
    public async Task WritesPlainObjectsWhateverWasThere()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 1 } });
        await SecondInstance.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 2 } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 3 } });

        var poco = (PocoItem)(await SecondInstance.ReadAsync(["poco"]))["poco"];

        Assert.Equal(3, poco.Count);
    }

    [Fact]
    public async Task DeletesManyKeysAndIgnoresUnknownOnes()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new PocoStoreItem { Id = "a" },
            ["b"] = new PocoItem { Id = "b" },
            ["c"] = new PocoItem { Id = "c" },
        });

        await SecondInstance.DeleteAsync(["a", "b", "unknown"]);

        var items = await Storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(["c"], items.Keys);
    }

    [Fact]
    public async Task WritesAStoreItemAnewAfterItWasDeleted()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "old" } });
        await Storage.DeleteAsync(["item"]);

        await Storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "new" } });

        Assert.Equal("new", ((PocoStoreItem)(await Storage.ReadAsync(["item"]))["item"]).Id);
    }

    [Theory]
    [InlineData("!@#$%^&*()~/\\><,.?';\"`~")]
    [InlineData("msteams/conversations/19:abc@thread.tacv2;messageid=1577/")]
    [InlineData("emoji 🙂 and right-to-left \u202Eטקסט|pipe")]
    public async Task KeepsKeysWithAnyCharacters(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoStoreItem { Id = "1" } });

        var items = await SecondInstance.ReadAsync([key]);

        Assert.Equal("1", Assert.IsType<PocoStoreItem>(items[key]).Id);
    }

    [Fact]
    public async Task RefusesNullArguments()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.ReadAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.DeleteAsync(null!));
    }

    [Fact]
    public async Task CarriesTheFollowUpContextFromOneBotInstanceToAnother()
    {
        var context = new FollowUpContext { EntityId = "summit-2", Asks = "date", PersonId = "biegun", FactId = "f-7" };
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "emulator",
            Conversation = new ConversationAccount(id: "conversation-1"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot"),
        };

        var firstState = new ConversationState(Storage);
        using (var turn = new TurnContext(new TestAdapter(), activity))
        {
            await firstState.CreateProperty<FollowUpContext>("followUp").SetAsync(turn, context);
            await firstState.SaveChangesAsync(turn);
        }

        var secondState = new ConversationState(SecondInstance);
        using (var turn = new TurnContext(new TestAdapter(), activity))
        {
            var read = await secondState.CreateProperty<FollowUpContext>("followUp").GetAsync(turn, () => FollowUpContext.Empty);
            Assert.Equal(context, read);
        }
    }

    [Fact]
    public async Task TheFollowUpStoreAndTheSdksConversationStateReadWhatTheOtherWrote()
    {
        // An instance of the version before this store (the SDK's ConversationState) and one after it share a store
        // during a rolling upgrade: each must read the other's context, and a conversation with nothing stored is empty.
        var first = new FollowUpContext { EntityId = "summit-2", Asks = "date", PersonId = "biegun", FactId = "f-7" };
        var second = first with { EntityId = "summit-3", FactId = "f-9" };
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "emulator",
            Conversation = new ConversationAccount(id: "conversation-2"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot"),
        };
        var store = new SummitBot.Bot.FollowUpStore(Storage);
        Assert.Equal(FollowUpContext.Empty, await store.ReadAsync(activity, CancellationToken.None));

        await store.WriteAsync(activity, first, CancellationToken.None);
        var sdkState = new ConversationState(SecondInstance);
        using (var turn = new TurnContext(new TestAdapter(), activity))
        {
            var property = sdkState.CreateProperty<FollowUpContext>(SummitBot.Bot.FollowUpStore.PropertyName);
            Assert.Equal(first, await property.GetAsync(turn, () => FollowUpContext.Empty));
            await property.SetAsync(turn, second);
            await sdkState.SaveChangesAsync(turn);
        }

        Assert.Equal(second, await store.ReadAsync(activity, CancellationToken.None));
    }

    [Fact]
    public async Task LetsExactlyOneOfTwoWritersWithTheSameETagWin()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["contested"] = new PocoStoreItem { Id = "start" } });
        const int rounds = 40;
        var wins = new int[2];

        for (var round = 0; round < rounds; round++)
        {
            var a = (PocoStoreItem)(await Storage.ReadAsync(["contested"]))["contested"];
            var b = (PocoStoreItem)(await SecondInstance.ReadAsync(["contested"]))["contested"];
            Assert.Equal(a.ETag, b.ETag);
            a.Id = $"a{round}";
            b.Id = $"b{round}";

            using var go = new ManualResetEventSlim();
            var writers = new[] { (Store: Storage, Item: a), (Store: SecondInstance, Item: b) }
                .Select(w => Task.Run(async () =>
                {
                    go.Wait();
                    try
                    {
                        await w.Store.WriteAsync(new Dictionary<string, object> { ["contested"] = w.Item });
                        return true;
                    }
                    catch (ArgumentException)
                    {
                        return false;
                    }
                }))
                .ToArray();
            go.Set();
            var won = await Task.WhenAll(writers);

            Assert.Equal(1, won.Count(w => w));
            var winner = won[0] ? a.Id : b.Id;
            Assert.Equal(winner, ((PocoStoreItem)(await Storage.ReadAsync(["contested"]))["contested"]).Id);
            wins[won[0] ? 0 : 1]++;
        }

        Assert.Equal(rounds, wins.Sum());
    }

    [Fact]
    public async Task LosesNoUpdateWhenManyWritersReadModifyWriteTheSameItem()
    {
        const int writers = 6;
        const int incrementsEach = 20;
        await Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new PocoStoreItem { Id = "counter" } });
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = w % 2 == 0 ? Storage : SecondInstance;
            for (var done = 0; done < incrementsEach;)
            {
                var item = (PocoStoreItem)(await store.ReadAsync(["counter"]))["counter"];
                item.Count++;
                try
                {
                    await store.WriteAsync(new Dictionary<string, object> { ["counter"] = item });
                    done++;
                }
                catch (ArgumentException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        var final = (PocoStoreItem)(await Storage.ReadAsync(["counter"]))["counter"];
        Assert.Equal(writers * incrementsEach, final.Count);
    }

    private static async Task<Exception> StaleWriteErrorAsync(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1 } });
        var stale = (PocoStoreItem)(await storage.ReadAsync(["item"]))["item"];
        var fresh = (PocoStoreItem)(await storage.ReadAsync(["item"]))["item"];
        fresh.Count = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = fresh });

        stale.Count = 3;
        return await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["item"] = stale }));
    }
}
