namespace SummitBot.Tests.Authentication;

/// <summary>
/// A bot with an App ID whose channel OpenID metadata (and the Emulator's) is served on loopback by the test,
/// so the SDK's real validation runs against a key the test holds, and nothing leaves the machine.
/// </summary>
public sealed class SignedChannelFixture : IAsyncLifetime
{
    public const string AppId = "7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b";

    internal LoopbackOpenIdServer OpenId { get; private set; } = null!;

    internal SecuredBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        OpenId = await LoopbackOpenIdServer.StartAsync("msteams", "slack", "webchat", "directline", "emulator");
        try
        {
            Bot = new SecuredBot(new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-used-no-reply-leaves-the-test",
                ["ToBotFromChannelOpenIdMetadataUrl"] = OpenId.MetadataUrl,
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = OpenId.MetadataUrl,
            });
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed: don't leave the certificate trusted.
            await OpenId.DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await OpenId.DisposeAsync();
    }
}
