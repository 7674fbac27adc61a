using System.Net;

namespace SummitBot.Tests.Authentication;

/// <summary>With no App ID (local use) the Emulator and local clients talk to the bot without tokens.</summary>
public sealed class AnonymousLocalUseTests
{
    [Fact]
    public async Task AnswersTheEmulatorWithoutAToken()
    {
        await using var bot = new SecuredBot(new Dictionary<string, string?>());

        var (status, body, _) = await SignedRequests.PostAsync(bot.Client, SignedRequests.Activity("hello", channelId: "emulator"), authorization: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body?["activities"]?.AsArray() ?? [], r => !string.IsNullOrWhiteSpace((string?)r?["text"]));
        Assert.Equal(1, bot.Turns.Turns);
    }

    [Fact]
    public async Task StillRefusesAMalformedTokenWithoutAnAppId()
    {
        await using var bot = new SecuredBot(new Dictionary<string, string?>());

        var (status, _, _) = await SignedRequests.PostAsync(bot.Client, SignedRequests.Activity("hello", channelId: "emulator"), "Bearer not.a.token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, bot.Turns.Turns);
    }
}
