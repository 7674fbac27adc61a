using Microsoft.Extensions.Options;

namespace SummitBot.Hardening;

/// <summary>
/// In front of the bot's endpoints: refuses bodies over <see cref="RequestLimitsOptions.MaxBodyBytes"/> with 413 (by
/// Content-Length, or while reading a chunked body), buffers the rest so the adapter reads it as usual, refuses with 400
/// a messaging body that is not one JSON object with a conversation id, notes a Direct Line conversation id (from the
/// path) for the rate limiter, and turns what the SDK throws for an activity it cannot process into 400 (or 502 when the
/// reply's serviceUrl cannot be reached) rather than a 500 with a stack trace.
/// </summary>
internal sealed partial class BotRequestGuard(RequestDelegate next, IOptionsMonitor<RequestLimitsOptions> limits, ILogger<BotRequestGuard> logger)
{
    /// <summary>The key under which the guard leaves a Direct Line request's conversation id in <see cref="HttpContext.Items"/>.</summary>
    public const string ConversationIdItem = "SummitBot.ConversationId";

    /// <summary>
    /// Longest activity id or conversation id accepted, in UTF-8 bytes. Channels' ids are far shorter (Teams' run to a
    /// few hundred characters); two ids of this size, each byte escaped to three characters, still fit a reply's URL
    /// in Kestrel's 8 KB request line.
    /// </summary>
    public const int MaxIdBytes = 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!GuardedPaths.IsGuarded(context.Request.Path))
        {
            await next(context);
            return;
        }

        context.Items[ConversationIdItem] = GuardedPaths.ConversationIdFromPath(context.Request.Path);
        if (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method))
        {
            var body = await ReadBoundedAsync(context, limits.CurrentValue.MaxBodyBytes);
            if (body is null)
            {
                LogTooLarge(logger, context.Request.Path, limits.CurrentValue.MaxBodyBytes);
                await BotRequestErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge",
                    $"The request body is larger than {limits.CurrentValue.MaxBodyBytes} bytes.");
                return;
            }

            if (GuardedPaths.IsMessages(context.Request.Path))
            {
                var peek = ActivityPeek.Read(body.Value.Span);
                if (!peek.IsJsonObject)
                {
                    await BotRequestErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity (one JSON object).");
                    return;
                }

                // Every activity belongs to a conversation; without one the SDK fails deep inside (a NullReferenceException
                // when it replies), so it is refused here.
                if (string.IsNullOrEmpty(peek.ConversationId))
                {
                    await BotRequestErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "BadArgument", "The activity has no conversation.id.");
                    return;
                }

                // The reply is posted to {serviceUrl}/v3/conversations/{conversation.id}/activities/{id}: ids too long
                // for any server's request line would fail there (414) after the turn had run, so they are refused here.
                if (TooLong(peek.ConversationId) || TooLong(peek.ActivityId))
                {
                    await BotRequestErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "BadArgument",
                        $"The activity's id or conversation.id is longer than {MaxIdBytes} bytes.");
                    return;
                }
            }
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && BadActivity.IsCausedByInput(exception))
        {
            // The exception's message may quote the activity; only its type is logged.
            LogRefused(logger, context.Request.Path, exception.GetType().Name);
            await BotRequestErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "BadArgument", "The activity could not be processed.");
        }
        catch (HttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The reply could not be posted to the activity's serviceUrl: the channel (or whoever named that URL) is
            // unreachable. Not the bot's fault and not a malformed activity: a gateway error, without internals.
            LogUndeliverable(logger, context.Request.Path, exception.GetType().Name);
            await BotRequestErrors.WriteAsync(context, StatusCodes.Status502BadGateway, "ServiceUrlUnreachable", "The reply could not be delivered to the activity's serviceUrl.");
        }
    }

    private static bool TooLong(string? id) => id is not null && System.Text.Encoding.UTF8.GetByteCount(id) > MaxIdBytes;

    /// <summary>The whole body in memory, or null when it is over <paramref name="max"/> bytes.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpContext context, int max)
    {
        var request = context.Request;
        if (request.ContentLength > max)
        {
            return null;
        }

        // Read straight into the array the adapter then reads (no chunk copied through), one byte past the announced
        // length so that a body longer than announced is seen too.
        var bytes = new byte[request.ContentLength is { } length ? (int)length + 1 : 4096];
        var filled = 0;
        while (true)
        {
            if (filled == bytes.Length)
            {
                Array.Resize(ref bytes, Math.Min(bytes.Length * 2, max + 1));
            }

            var read = await request.Body.ReadAsync(bytes.AsMemory(filled), context.RequestAborted);
            if (read == 0)
            {
                break;
            }

            filled += read;
            if (filled > max)
            {
                return null;
            }
        }

        var buffer = new MemoryStream(bytes, 0, filled, writable: false, publiclyVisible: true);
        request.Body = buffer;
        request.ContentLength = buffer.Length;
        context.Response.RegisterForDispose(buffer);
        return bytes.AsMemory(0, filled);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Path}: body over {MaxBodyBytes} bytes")]
    private static partial void LogTooLarge(ILogger logger, PathString path, int maxBodyBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver the reply to a request to {Path} to its serviceUrl ({ExceptionType})")]
    private static partial void LogUndeliverable(ILogger logger, PathString path, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Path}: the adapter could not process its activity ({ExceptionType})")]
    private static partial void LogRefused(ILogger logger, PathString path, string exceptionType);
}
