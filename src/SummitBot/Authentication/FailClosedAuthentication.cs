using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SummitBot.Authentication;

/// <summary>
/// Wraps the SDK's request authentication so that every failure to authenticate becomes the SDK's own 401
/// (<see cref="UnauthorizedAccessException"/>, which CloudAdapter answers with 401 before the bot sees the activity):
/// a malformed or unsigned header is refused before the SDK parses it, and any other exception from validation
/// (an unreadable token, OpenID metadata that cannot be fetched) or a validation that takes too long is a refusal too.
/// Logged with the reason and channel, never with the token. Per turn it also hands out a connector client made only
/// when used (<see cref="LazyConnectorFactory"/>) and no user-token client (<see cref="NoUserTokenClient"/>).
/// </summary>
internal sealed class FailClosedAuthentication(
    BotFrameworkAuthentication inner,
    IOptions<ChannelAuthenticationOptions> options,
    TimeProvider time,
    ILogger<FailClosedAuthentication> logger) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await GuardAsync(authHeader, activity?.ChannelId, () => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken), cancellationToken);
        result.ConnectorFactory = new LazyConnectorFactory(result.ConnectorFactory);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        GuardAsync(authHeader, channelIdHeader, () => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken), cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        GuardAsync(authHeader, channelId: null, () => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken), cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new LazyConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    /// <summary>SummitBot signs no user in: one shared client instead of the SDK's, built and disposed on every turn.</summary>
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(NoUserTokenClient.Instance);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private async Task<T> GuardAsync<T>(string? authHeader, string? channelId, Func<Task<T>> authenticate, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrEmpty(authHeader) && BearerTokenShape.Problem(authHeader, settings.MaxTokenLength) is { } problem)
        {
            throw Refuse(problem, channelId);
        }

        try
        {
            return await authenticate().WaitAsync(settings.ValidationTimeout, time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            throw Refuse("token validation timed out (OpenID metadata unreachable?)", channelId);
        }
        catch (UnauthorizedAccessException refused)
        {
            // The SDK's own refusals (bad signature, audience, issuer, expiry, serviceUrl): their messages carry no token.
            throw Refuse(refused.Message, channelId);
        }
#pragma warning disable CA1031 // Fail closed: whatever validation throws means the request is not authenticated.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            // Not the exception's message: a parser's message may quote the token.
            throw Refuse($"token validation failed ({failure.GetType().Name})", channelId);
        }
    }

    private UnauthorizedAccessException Refuse(string reason, string? channelId)
    {
        logger.LogWarning("Refused an unauthenticated request from channel {ChannelId}: {Reason}", channelId ?? "(none)", reason);
        return new UnauthorizedAccessException("Request not authenticated: " + reason);
    }
}
