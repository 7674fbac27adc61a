using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace SummitBot.Observability;

/// <summary>
/// Adapter middleware around every turn, whatever the channel: a logging scope with the conversation, activity and
/// channel ids (never the user's text), a <c>turn</c> span, and the turn counter.
/// </summary>
internal sealed partial class TurnObservability(BotMetrics metrics, TimeProvider time, ILogger<TurnObservability> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        using var scope = logger.BeginScope(new TurnScope(
            activity.Conversation?.Id, activity.Id, TelemetryLabels.Channel(activity.ChannelId), TelemetryLabels.ActivityType(activity.Type)));
        using var span = BotTracing.Source.StartActivity("turn", ActivityKind.Internal);
        span?.SetTag("summitbot.conversation_id", activity.Conversation?.Id);
        span?.SetTag("summitbot.channel", TelemetryLabels.Channel(activity.ChannelId));
        span?.SetTag("summitbot.activity_type", TelemetryLabels.ActivityType(activity.Type));

        metrics.Turn(activity.Type, activity.ChannelId);
        var started = time.GetTimestamp();
        try
        {
            await next(cancellationToken);
            LogTurn(logger, TelemetryLabels.ActivityType(activity.Type), time.GetElapsedTime(started).TotalMilliseconds, turnContext.Responded);
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    /// <summary>One line per turn, like a request log; the scope adds the conversation, activity and channel ids.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Handled a {ActivityType} activity in {ElapsedMs:F1} ms (replied: {Replied})")]
    private static partial void LogTurn(ILogger logger, string? activityType, double elapsedMs, bool replied);
}
