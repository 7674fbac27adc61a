using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// Runs one Direct Line activity through the same adapter (middleware, error boundary) and bot as <c>/api/messages</c>,
/// in process, with <c>expectReplies</c> delivery: the turn's replies are buffered by the SDK and handed back here
/// instead of being posted to a connector service.
/// </summary>
internal sealed class DirectLineBot
{
    private readonly CloudAdapter _adapter;
    private readonly IServiceProvider _services;
    private readonly ClaimsIdentity _identity;
    private readonly TimeSpan _timeout;

    public DirectLineBot(CloudAdapter adapter, IServiceProvider services, IConfiguration configuration, IOptions<DirectLineOptions> options)
    {
        _adapter = adapter;
        _services = services;
        _timeout = TimeSpan.FromSeconds(options.Value.BotTimeoutSeconds);

        // This process is the channel here, so it vouches for the caller itself (the HTTP layer checked the Direct Line
        // credential). The identity is the one a channel's token would give: the bot's App ID as audience, or anonymous
        // when none is configured, so the SDK builds the same connector and credentials it would for any channel.
        var appId = configuration["MicrosoftAppId"];
        _identity = string.IsNullOrWhiteSpace(appId)
            ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
            : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, appId)], "DirectLine");
    }

    /// <summary>
    /// The bot's replies to <paramref name="activity"/> (traces and other internal activities left out).
    /// Throws <see cref="TimeoutException"/> when the bot takes longer than configured.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        TurnContext? turn = null;

        // The bot is resolved per turn, as the HTTP endpoint does (it may be registered transient or scoped).
        await using var scope = _services.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var run = _adapter.ContinueConversationAsync(
            _identity,
            activity,
            audience: null!,
            async (context, ct) =>
            {
                turn = context as TurnContext;
                await bot.OnTurnAsync(context, ct);
            },
            timeout.Token);

        try
        {
            await run.WaitAsync(_timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The bot did not finish its turn in time.");
        }

        return turn?.BufferedReplyActivities
            .Where(a => a.Type is not (ActivityTypes.Trace or ActivityTypesEx.InvokeResponse or ActivityTypesEx.Delay))
            .ToList() ?? [];
    }
}
