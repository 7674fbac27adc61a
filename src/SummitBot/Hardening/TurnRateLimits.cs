using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SummitBot.Channels;

namespace SummitBot.Hardening;

/// <summary>
/// Rate limits on messages, applied in the turn, after the channel's request was authenticated: per person in a
/// conversation, per conversation (a Teams channel with all its threads; sized for a busy channel), and per client, a
/// channel's user across their conversations. Behind Azure Bot Service every request comes from the service's few
/// addresses, so these are what tell people apart; and since they count only authenticated activities, nobody can use
/// up someone else's permits with forged requests. Someone over a limit gets one short "slow down" reply per minute;
/// what they send before a permit is back gets none. The HTTP status stays 200: the channel delivered the message and the
/// bot handled it (to Azure Bot Service any other status is the bot failing; Direct Line would show the user an error).
/// </summary>
public sealed partial class TurnRateLimits(PermitBuckets buckets, IOptions<RateLimitingOptions> options, ILogger<TurnRateLimits> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    private readonly RateLimitingOptions _options = options.Value;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return next(cancellationToken);
        }

        var conversation = ChannelConversation.WithoutThread(conversationId);
        var person = activity.From?.Id ?? string.Empty;
        var channel = activity.ChannelId ?? string.Empty;
        var refusal = buckets.TryTake(
            new(new(RateScope.Person, conversation, person), _options.PersonPermitsPerMinute),
            new(new(RateScope.Conversation, conversation, null), _options.ConversationPermitsPerMinute),
            new(new(RateScope.Client, channel, person), _options.ClientPermitsPerMinute));
        return refusal is { } refused ? RefuseAsync(turnContext, refused, cancellationToken) : next(cancellationToken);
    }

    /// <summary>What the person is told, once a minute: who is asking too fast, and how long to wait.</summary>
    internal static string SlowDown(PermitBuckets.Refusal refusal)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(refusal.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return refusal.Scope == RateScope.Conversation
            ? $"This conversation is asking faster than I can answer. Please wait about {seconds} seconds, then ask again."
            : $"You're asking faster than I can answer. Please wait about {seconds} seconds, then ask again.";
    }

    private async Task RefuseAsync(ITurnContext turnContext, PermitBuckets.Refusal refusal, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!refusal.Tell)
        {
            LogDropped(logger, refusal.Scope, activity.Conversation.Id);
            return;
        }

        LogSlowDown(logger, refusal.Scope, activity.Conversation.Id, refusal.RetryAfter.TotalSeconds);
        var reply = MessageFactory.Text(SlowDown(refusal));
        reply.TextFormat = TextFormatTypes.Plain;
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Over the {Scope} rate limit in conversation {ConversationId}: told to wait {RetryAfterSeconds:F0} s")]
    private static partial void LogSlowDown(ILogger logger, RateScope scope, string conversationId, double retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Over the {Scope} rate limit in conversation {ConversationId}: not answered (already told)")]
    private static partial void LogDropped(ILogger logger, RateScope scope, string conversationId);
}
