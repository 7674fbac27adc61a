using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SummitBot.Authentication;

/// <summary>
/// The connector factory every turn is given, making its connector client only when the turn first posts through it.
/// The SDK builds a connector client (HTTP client set-up, credentials, user-agent regexes) for every turn, also for the
/// turns whose replies never go through it: expectReplies (replies in the response) and the built-in Direct Line.
/// </summary>
internal sealed class LazyConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new LazyConnectorClient(() => inner.CreateAsync(serviceUrl, audience, cancellationToken)));
}
