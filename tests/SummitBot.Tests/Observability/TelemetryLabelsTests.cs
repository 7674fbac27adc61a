using SummitBot.Observability;

namespace SummitBot.Tests.Observability;

/// <summary>Client-chosen activity types and channel ids cannot mint metric series or put arbitrary text in logs.</summary>
public sealed class TelemetryLabelsTests
{
    [Theory]
    [InlineData("message", "message")]
    [InlineData("conversationUpdate", "conversationUpdate")]
    [InlineData("Message", "other")]
    [InlineData("evil\nINFO fake log line", "other")]
    [InlineData(null, "other")]
    public void ActivityTypesOutsideTheProtocolAreOther(string? type, string expected) =>
        Assert.Equal(expected, TelemetryLabels.ActivityType(type));

    [Theory]
    [InlineData("msteams", "msteams")]
    [InlineData("directline", "directline")]
    [InlineData("random-channel-123", "other")]
    [InlineData("", "other")]
    public void UnknownChannelsAreOther(string? channel, string expected) =>
        Assert.Equal(expected, TelemetryLabels.Channel(channel));
}
