using System.Net;
using System.Net.Sockets;

namespace SummitBot.Tests.Authentication;

/// <summary>
/// When the OpenID metadata cannot be had (host down, or a host that never answers) a well-formed token cannot be
/// checked: the request is refused with 401 within the validation timeout, not a 500 and not a 100-second hang.
/// </summary>
public sealed class UnreachableMetadataTests
{
    private const string AppId = SignedChannelFixture.AppId;

    [Fact]
    public async Task RefusesQuicklyWhenTheMetadataHostIsDown()
    {
        var port = ClosedPort();
        await using var bot = BotWithMetadataAt($"https://127.0.0.1:{port}/v1/.well-known/openidconfiguration", timeout: "00:00:05");

        var (status, body, elapsed) = await PostForgedAsync(bot);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Null(body?["activities"]);
        Assert.Equal(0, bot.Turns.Turns);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"refused in {elapsed}");
    }

    [Fact]
    public async Task RefusesWithinTheTimeoutWhenTheMetadataHostNeverAnswers()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptSocketAsync());
            }
        });
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var bot = BotWithMetadataAt($"https://127.0.0.1:{port}/v1/.well-known/openidconfiguration", timeout: "00:00:01");

        var (status, _, elapsed) = await PostForgedAsync(bot);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, bot.Turns.Turns);
        Assert.True(elapsed >= TimeSpan.FromSeconds(0.9) && elapsed < TimeSpan.FromSeconds(4), $"refused in {elapsed}");
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("timed out", StringComparison.Ordinal));
        silent.Stop();
        accepted.ForEach(s => s.Dispose());
        _ = accepting;
    }

    private static SecuredBot BotWithMetadataAt(string metadataUrl, string timeout) => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-used",
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl,
        ["ChannelAuthentication:ValidationTimeout"] = timeout,
    });

    private static Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonObject? Body, TimeSpan Elapsed)> PostForgedAsync(SecuredBot bot)
    {
        using var key = LoopbackOpenIdServer.NewKey("forged").Rsa;
        var token = ChannelTokens.Sign(new Microsoft.IdentityModel.Tokens.RsaSecurityKey(key) { KeyId = "forged" }, AppId, SignedRequests.ServiceUrl);
        return SignedRequests.PostAsync(bot.Client, SignedRequests.Activity("where is the second summit?"), SignedRequests.Bearer(token));
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
