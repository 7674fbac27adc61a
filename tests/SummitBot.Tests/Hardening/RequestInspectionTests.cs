using System.Text;
using SummitBot.Hardening;

namespace SummitBot.Tests.Hardening;

/// <summary>The cheap reading of a request that the rate limiter relies on: conversation ids from bodies and paths.</summary>
public sealed class RequestInspectionTests
{
    [Theory]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c-1\",\"name\":\"x\"}}", "c-1")]
    [InlineData("{\"conversation\":{\"tenantId\":\"t\",\"nested\":{\"id\":\"wrong\"},\"id\":\"c-2\"},\"id\":\"activity\"}", "c-2")]
    [InlineData("{\"channelData\":{\"conversation\":{\"id\":\"not-this\"}},\"type\":\"message\"}", null)]
    [InlineData("{\"conversation\":{\"id\":42}}", null)]
    [InlineData("{\"conversation\":\"c-3\"}", null)]
    public void ReadsTheTopLevelConversationIdOfAnActivity(string body, string? expected)
    {
        var peek = ActivityPeek.Read(Encoding.UTF8.GetBytes(body));

        Assert.True(peek.IsJsonObject);
        Assert.Equal(expected, peek.ConversationId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\"")]
    [InlineData("{\"type\":\"message\"} x")]
    [InlineData("{\"a\":1}{\"b\":2}")]
    public void TellsABodyThatIsNotOneJsonObject(string body) =>
        Assert.False(ActivityPeek.Read(Encoding.UTF8.GetBytes(body)).IsJsonObject);

    [Fact]
    public void RefusesNestingDeeperThanTheSdksReaderAccepts()
    {
        var deep = "{\"a\":" + new string('[', 100) + new string(']', 100) + "}";

        Assert.False(ActivityPeek.Read(Encoding.UTF8.GetBytes(deep)).IsJsonObject);
    }

    [Theory]
    [InlineData("/v3/directline/conversations/abc-123/activities", "abc-123")]
    [InlineData("/v3/directline/conversations/abc-123", "abc-123")]
    [InlineData("/v3/directline/conversations", null)]
    [InlineData("/v3/directline/tokens/generate", null)]
    [InlineData("/api/messages", null)]
    public void ReadsTheConversationIdOfADirectLinePath(string path, string? expected) =>
        Assert.Equal(expected, GuardedPaths.ConversationIdFromPath(path));
}
