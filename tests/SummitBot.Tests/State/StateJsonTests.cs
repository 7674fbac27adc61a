using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>How the in-process store writes items: UTF-8 through a reused text buffer, exact whatever the text holds.</summary>
public sealed class StateJsonTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TextWithEmojiAcrossTheBuffersChunksComesBackTheSame(int padding)
    {
        // Long enough to span several chunks of the text buffer; the padding moves every chunk boundary by one character,
        // so some boundary falls inside a surrogate pair.
        var text = new string('a', padding) + string.Concat(Enumerable.Repeat("\U0001F600 d\u00E9j\u00E0 vu \u05E9\u05DC\u05D5\u05DD ", 400));
        var item = new PocoItem { Id = "emoji", Count = padding, Text = text };

        var back = Assert.IsType<PocoItem>(StateJson.Deserialize(StateJson.SerializeToUtf8(item)));

        Assert.Equal(text, back.Text);
        Assert.Equal(padding, back.Count);
    }

    [Fact]
    public void ALargeItemAndTheSmallOneAfterItAreBothWrittenWhole()
    {
        var large = new PocoItem { Id = "large", Text = new string('x', 200_000) };
        var small = new PocoItem { Id = "small", Text = "y" };

        var largeBack = Assert.IsType<PocoItem>(StateJson.Deserialize(StateJson.SerializeToUtf8(large)));
        var smallBack = Assert.IsType<PocoItem>(StateJson.Deserialize(StateJson.SerializeToUtf8(small)));

        Assert.Equal(200_000, largeBack.Text!.Length);
        Assert.Equal("y", smallBack.Text);
    }

    [Fact]
    public void EmojiCrossingChunksOfABufferReusedByEarlierItemsComeBackTheSame()
    {
        // The thread's buffer keeps the chunks earlier items grew it into, so where a chunk ends depends on what was
        // written before: sizes and paddings are varied until pairs have straddled chunk boundaries many times over.
        for (var size = 1; size <= 4_000; size *= 3)
        {
            StateJson.SerializeToUtf8(new PocoItem { Id = "before", Text = new string('b', size) });
            for (var padding = 0; padding < 8; padding++)
            {
                var text = new string('a', padding) + string.Concat(Enumerable.Repeat("\U0001F600x", 900));
                var back = Assert.IsType<PocoItem>(StateJson.Deserialize(StateJson.SerializeToUtf8(new PocoItem { Id = "emoji", Text = text })));
                Assert.Equal(text, back.Text);
            }
        }
    }

    public static TheoryData<string> StoredItems() => new(StoredItemsByName.Keys);

    private static readonly Dictionary<string, object> StoredItemsByName = new()
    {
        ["follow-up context as the bot stores it"] = new Dictionary<string, object> { ["followUp"] = new FollowUpContext { EntityId = "summit-2", Asks = "Place" } },
        ["replay record"] = new ReplayRecord { ETag = "*", StartedAt = DateTimeOffset.UnixEpoch, Completed = true, Replies = new JRaw("[{\"type\":\"message\"}]") },
        ["a type of the tests' own assembly"] = new PocoItem { Id = "p", Count = 2, Text = "t" },
        ["generic collections within each other"] = new Dictionary<string, List<int[]>> { ["a"] = [[1, 2], [3]] },
        ["a nested type in a generic argument"] = new List<KeyValuePair<string, PocoStoreItem>> { new("k", new PocoStoreItem { Id = "x" }) },
    };

    [Theory]
    [MemberData(nameof(StoredItems))]
    public void WritesTypeNamesExactlyAsNewtonsoftsDefaultSimpleFormDoes(string item)
    {
        // Items written before the names were kept per type, or by another instance, must read the same, and the
        // names must not name versions (an upgraded assembly would no longer match them).
        var value = StoredItemsByName[item];
        var newtonsoftDefault = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All, NullValueHandling = NullValueHandling.Include };

        var written = JsonConvert.SerializeObject(value, StateJson.Settings);

        Assert.Equal(JsonConvert.SerializeObject(value, newtonsoftDefault), written);
        Assert.DoesNotContain("Version=", written, StringComparison.Ordinal);
        Assert.Equal(written, JsonConvert.SerializeObject(StateJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(written)), StateJson.Settings));
    }
}
