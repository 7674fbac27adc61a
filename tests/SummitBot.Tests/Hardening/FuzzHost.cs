using Microsoft.AspNetCore.Mvc.Testing;
using SummitBot.TestTools;
using SummitBot.Tests.Observability;

namespace SummitBot.Tests.Hardening;

/// <summary>One bot (rate limiting off, a Direct Line secret set) and one loopback channel, shared by the bad-input tests.</summary>
public sealed class FuzzHost : IAsyncLifetime
{
    public LogCapture Logs { get; } = new();

    internal ChannelListener Channel { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public const int MaxBodyBytes = 300 * 1024;

    public async Task InitializeAsync()
    {
        Channel = await ChannelListener.StartAsync();
        Factory = ObservedBot.Start(Logs, new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = FuzzTarget.DirectLineSecret,
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
