using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SummitBot.Answering;
using SummitBot.State;

namespace SummitBot.Tests.State;

/// <summary>Stored state may name only the bot's own, the Bot Framework's and plain data types.</summary>
public sealed class StateTypeBinderTests
{
    [Theory]
    [InlineData(typeof(Dictionary<string, object>))]
    [InlineData(typeof(List<FollowUpContext>))]
    [InlineData(typeof(FollowUpContext))]
    [InlineData(typeof(Activity))]
    [InlineData(typeof(JObject))]
    [InlineData(typeof(int?[]))]
    [InlineData(typeof(PocoStoreItem))]
    public void AllowsWhatConversationStateHolds(Type type) => Assert.True(StateTypeBinder.IsAllowed(type));

    [Theory]
    [InlineData(typeof(System.Diagnostics.ProcessStartInfo))]
    [InlineData(typeof(FileInfo))]
    [InlineData(typeof(List<FileInfo>))]
    [InlineData(typeof(Dictionary<string, System.Diagnostics.Process>))]
    [InlineData(typeof(AppDomainSetup))]
    [InlineData(typeof(System.Net.WebClient))]
    public void RefusesTypesThatCouldActWhenCreated(Type type) => Assert.False(StateTypeBinder.IsAllowed(type));

    [Fact]
    public void RefusesAPlantedTypeNameWhenReading()
    {
        var planted = "{\"$type\":\"System.IO.FileInfo, System.Private.CoreLib\",\"OriginalPath\":\"/etc/passwd\"}";

        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => StateJson.Deserialize(planted));
    }
}
