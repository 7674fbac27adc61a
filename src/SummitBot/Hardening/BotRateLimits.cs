using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SummitBot.Hardening;

/// <summary>
/// The bot's rate limits on HTTP requests, before a channel's request is authenticated: one token bucket per client
/// address, and for the built-in Direct Line one per conversation (from its path), both of which a request must pass.
/// On <c>/api/messages</c> the address counts only while no App ID is set (local use: the address is all there is to go
/// by); with one, requests come from Azure Bot Service's few shared addresses, and people are told apart after
/// authentication instead (<see cref="TurnRateLimits"/>), where conversations are limited too. Only what a client sends
/// (POST: activities, token and conversation requests) is limited; reading (a Direct Line client polls its activities
/// every second, or holds a stream) and health, metrics and pages are not.
/// </summary>
internal static class BotRateLimits
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <param name="options">The rate limiter's options to fill.</param>
    /// <param name="settings">The configured limits.</param>
    /// <param name="messagesByAddress">Whether <c>/api/messages</c> is limited by address: when no App ID is set.</param>
    public static void Configure(RateLimiterOptions options, RateLimitingOptions settings, bool messagesByAddress)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = OnRejectedAsync;
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, IPAddress>(context => PerClient(context, settings.ClientPermitsPerMinute, messagesByAddress)),
            PartitionedRateLimiter.Create<HttpContext, string>(context => PerDirectLineConversation(context, settings.ConversationPermitsPerMinute)));
    }

    /// <summary>
    /// By the client's address itself (not its text: no string per request). The unlimited partition's key (::) and an
    /// unknown client's (255.255.255.255) are addresses no client connects from, so neither can take another's partition.
    /// </summary>
    private static RateLimitPartition<IPAddress> PerClient(HttpContext context, int permitsPerMinute, bool messagesByAddress)
    {
        if (!IsLimited(context) || (!messagesByAddress && GuardedPaths.IsMessages(context.Request.Path)))
        {
            return RateLimitPartition.GetNoLimiter(IPAddress.IPv6None);
        }

        var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => Bucket(permitsPerMinute));
    }

    private static RateLimitPartition<string> PerDirectLineConversation(HttpContext context, int permitsPerMinute)
    {
        if (!IsLimited(context) ||
            context.Items[BotRequestGuard.ConversationIdItem] is not string { Length: > 0 } conversationId)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => Bucket(permitsPerMinute));
    }

    private static bool IsLimited(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && GuardedPaths.IsGuarded(context.Request.Path);

    /// <summary>
    /// A minute's permits may be spent at once (people paste several questions), then they come back evenly over the
    /// minute, so a throttled client waits seconds rather than a whole window.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(int permitsPerMinute) => new()
    {
        TokenLimit = permitsPerMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = Minute / permitsPerMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await BotRequestErrors.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "TooManyRequests",
            $"Too many messages; please wait {seconds} s and try again.");
    }
}
