using System.Net.WebSockets;
using System.Text;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// The WebSocket at a conversation's <c>streamUrl</c>: sends ActivitySets (<c>{activities, watermark}</c>) as the
/// transcript grows, starting after the <c>watermark</c> it was opened with, and an empty message as a keep-alive when
/// idle. One stream per conversation: a newer one closes the older.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> RunAsync(string conversationId, HttpContext context, DirectLineService service, IHostApplicationLifetime lifetime)
    {
        var (opened, error) = await DirectLineRequest.OpenAsync(context.Request, service, conversationId, forStream: true);
        if (error is not null)
        {
            return error;
        }

        var (_, conversation, watermark) = opened!;

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This address is a WebSocket; open it with a WebSocket client.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stream = conversation.OpenStream();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping, stream);
        var receiving = DrainAsync(socket, stop);
        try
        {
            await SendAsync(socket, conversation, service, watermark, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Closed by the client, replaced by a newer stream, forgotten, or the host is stopping.
        }
        catch (Exception e) when (e is WebSocketException or StackExchange.Redis.RedisException or TimeoutException)
        {
            // The connection dropped (or the conversations' Redis did); the client reconnects with a fresh streamUrl.
        }

        await CloseAsync(socket);
        await stop.CancelAsync();
        await receiving;
        conversation.EndStream(stream);
        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, DirectLineConversation conversation, DirectLineService service, long? watermark, CancellationToken cancellationToken)
    {
        var keepAlive = TimeSpan.FromSeconds(service.Options.KeepAliveSeconds);
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var (activities, next) = await conversation.ReadAsync(watermark, service.Options.MaxActivitiesPerGet);
            if (activities.Count > 0)
            {
                var json = DirectLineJson.Serialize(new { activities, watermark = next });
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                watermark = long.Parse(next!, System.Globalization.CultureInfo.InvariantCulture);
                await conversation.TouchAsync();
                continue;
            }

            if (!await conversation.WaitForChangeAsync(watermark, keepAlive, cancellationToken))
            {
                // Direct Line's keep-alive: an empty message, which clients ignore.
                await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
    }

    /// <summary>Reads (and ignores) what the client sends, such as its empty pings, until it closes.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Ends with the stream.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "stream closed", timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // Already gone.
            }
        }
    }
}
