using System.Net;
using System.Text.Json.Nodes;
using SummitBot.Tests.Authentication;
using static SummitBot.Tests.Channels.ChannelActivities;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// Behind Azure Bot Service (an App ID set, every request signed by the channel, all from the service's few shared
/// addresses): the per-client limit counts a channel's user across their conversations, not the address they all
/// share, and only requests the channel signed count, so forged ones cannot use up someone's permits.
/// </summary>
public sealed class AzureBotServiceRateLimitTests : IAsyncLifetime
{
    private const string AppId = SignedChannelFixture.AppId;
    private LoopbackOpenIdServer _openId = null!;

    /// <summary>A property, not a field: disposed in <see cref="DisposeAsync"/>, which xunit calls.</summary>
    private SecuredBot Bot { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _openId = await LoopbackOpenIdServer.StartAsync("slack", "msteams");
        try
        {
            Bot = new SecuredBot(new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-used-no-reply-leaves-the-test",
                ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = _openId.MetadataUrl,
                ["RateLimiting:Enabled"] = "true",
                ["RateLimiting:ClientPermitsPerMinute"] = "3",
                ["RateLimiting:PersonPermitsPerMinute"] = "100",
                ["RateLimiting:ConversationPermitsPerMinute"] = "100",
            });
        }
        catch
        {
            await _openId.DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task CountsEachSlackUserAcrossConversationsNotTheSharedAddress()
    {
        var adas = new List<(HttpStatusCode Status, JsonObject? Body)>();
        for (var i = 0; i < 5; i++)
        {
            adas.Add(await SignedAsync(Slack("where is the second summit?", $"C0ADA{i}", Ada)));
        }

        // Grace comes through the same address (the test server's, like Azure Bot Service's) after Ada's five.
        var graces = await SignedAsync(Slack("where is the second summit?", "C0GRACE", Grace));

        Assert.All(adas, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(adas.Take(3), a => Assert.Contains("Hanoi", ReplyText(a.Body), StringComparison.Ordinal));
        Assert.Contains("wait about", ReplyText(adas[3].Body), StringComparison.Ordinal);
        Assert.Empty(Messages(adas[4].Body));
        Assert.Equal(HttpStatusCode.OK, graces.Status);
        Assert.Contains("Hanoi", ReplyText(graces.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedRequestsInSomeonesNameUseNoneOfTheirPermits()
    {
        for (var i = 0; i < 5; i++)
        {
            var (status, _, _) = await SignedRequests.PostAsync(Bot.Client, Slack("where is the second summit?", "C0FORGED", Grace), authorization: null);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }

        var signed = await SignedAsync(Slack("where is the second summit?", "C0FORGED", Grace));

        Assert.Equal(HttpStatusCode.OK, signed.Status);
        Assert.Contains("Hanoi", ReplyText(signed.Body), StringComparison.Ordinal);
    }

    private static JsonObject Slack(string question, string channel, Person person)
    {
        var activity = SlackMention(question, $"{SlackBot}:{channel}", person);
        activity["serviceUrl"] = SignedRequests.ServiceUrl;
        return activity;
    }

    private async Task<(HttpStatusCode Status, JsonObject? Body)> SignedAsync(JsonObject activity)
    {
        var (status, body, _) = await SignedRequests.PostAsync(Bot.Client, activity, SignedRequests.Bearer(_openId.Sign(AppId, SignedRequests.ServiceUrl)));
        return (status, body);
    }

    private static List<JsonObject> Messages(JsonObject? body) =>
        [.. (body?["activities"]?.AsArray() ?? []).Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message")];

    private static string ReplyText(JsonObject? body) => (string?)Assert.Single(Messages(body))["text"] ?? string.Empty;
}
