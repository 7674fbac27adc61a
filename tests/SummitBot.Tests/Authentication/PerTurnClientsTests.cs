using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using SummitBot.Authentication;

namespace SummitBot.Tests.Authentication;

/// <summary>
/// What each turn gets besides its activity: a connector client made only when the turn posts through it (expectReplies
/// and Direct Line turns never do), and no user-token client (the bot signs no user in).
/// </summary>
public sealed class PerTurnClientsTests
{
    [Fact]
    public async Task TheConnectorClientIsMadeOnlyWhenATurnFirstUsesItAndThenOnce()
    {
        var inner = new CountingFactory();
        var factory = new LazyConnectorFactory(inner);

        using var client = await factory.CreateAsync("http://127.0.0.1:9/", "audience", CancellationToken.None);
        Assert.Equal(0, inner.Created);

        Assert.Equal(new Uri("http://127.0.0.1:9/"), client.BaseUri);
        Assert.NotNull(client.Conversations);
        Assert.Equal(1, inner.Created);
    }

    [Fact]
    public async Task AnUnusedConnectorClientIsNeverMadeNorDisposed()
    {
        var inner = new CountingFactory();
        var client = await new LazyConnectorFactory(inner).CreateAsync("http://127.0.0.1:9/", "audience", CancellationToken.None);

        client.Dispose();

        Assert.Equal(0, inner.Created);
    }

    [Fact]
    public async Task TheUserTokenClientRefusesEveryCallAndOutlivesTheTurnsDispose()
    {
        var client = NoUserTokenClient.Instance;
        client.Dispose();

        await Assert.ThrowsAsync<NotSupportedException>(() => client.GetUserTokenAsync("user", "connection", "emulator", null!, CancellationToken.None));
        await Assert.ThrowsAsync<NotSupportedException>(() => client.SignOutUserAsync("user", "connection", "emulator", CancellationToken.None));
    }

    private sealed class CountingFactory : ConnectorFactory
    {
        public int Created { get; private set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            Created++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
        }
    }
}
