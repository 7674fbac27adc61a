using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SummitBot.Tests.Http;

/// <summary>
/// A test that serves the bot on a real socket must not take the port a developer's bot runs on (3978, the configured
/// default): each gets its own free port on 127.0.0.1, so tests pass while the bot runs in another terminal.
/// </summary>
public sealed class KestrelPortTests
{
    [Fact]
    public async Task TwoBotsOnKestrelListenOnDifferentFreeLoopbackPortsNotTheConfiguredOne()
    {
        await using var first = new BotApplicationFactory();
        await using var second = new BotApplicationFactory();
        first.UseKestrel();
        second.UseKestrel();
        first.StartServer();
        second.StartServer();

        var a = Address(first);
        var b = Address(second);

        Assert.Equal("127.0.0.1", a.Host);
        Assert.Equal("127.0.0.1", b.Host);
        Assert.NotEqual(3978, a.Port);
        Assert.NotEqual(3978, b.Port);
        Assert.NotEqual(a.Port, b.Port);
        using var response = await first.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);
    }

    private static Uri Address(BotApplicationFactory factory) =>
        new(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
}
