using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SummitBot.Authentication;

/// <summary>
/// The user-token client every turn is given: SummitBot signs no user in (it answers from public sources), so instead of
/// the SDK's OAuth client, built and disposed on every turn (an HTTP client set-up with its user-agent regexes), one
/// shared client that refuses every call.
/// </summary>
internal sealed class NoUserTokenClient : UserTokenClient
{
    public static readonly NoUserTokenClient Instance = new();

    private NoUserTokenClient()
    {
    }

    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        throw Refused();

    /// <summary>Shared by every turn: the turn's dispose leaves it as it is (it holds nothing to release).</summary>
#pragma warning disable CA2215 // Deliberately not disposed: the one instance outlives every turn.
    protected override void Dispose(bool disposing)
    {
    }
#pragma warning restore CA2215

    private static NotSupportedException Refused() => new("SummitBot signs no user in: there is no user token service.");
}
