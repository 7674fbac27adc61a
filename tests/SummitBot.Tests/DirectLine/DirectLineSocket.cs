using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.DirectLine;

/// <summary>
/// A Direct Line WebSocket stream as a client holds it: connects to a streamUrl and collects every activity of every
/// ActivitySet it receives (keep-alives ignored) until the server closes it or the connection drops.
/// </summary>
internal sealed class DirectLineSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentQueue<JsonObject> _activities = new();
    private Task _receiving = Task.CompletedTask;

    /// <summary>Every activity received so far, in order.</summary>
    public IReadOnlyList<JsonObject> Activities => [.. _activities];

    /// <summary>The last watermark received.</summary>
    public string? Watermark { get; private set; }

    /// <summary>Completes when the stream ends (closed by the server, or the connection dropped).</summary>
    public Task Ended => _receiving;

    public static async Task<DirectLineSocket> ConnectAsync(Uri streamUrl)
    {
        var socket = new DirectLineSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket._socket.ConnectAsync(streamUrl, timeout.Token);
        socket._receiving = socket.ReceiveAsync();
        return socket;
    }

    /// <summary>Waits until the activities received satisfy <paramref name="done"/>, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<JsonObject>, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Activities))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the stream did not receive {what} within {timeout.TotalSeconds} s; it has {Activities.Count} activities");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Abort();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (message.Length > 0 && JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)) is JsonObject set)
                {
                    foreach (var activity in set["activities"]!.AsArray())
                    {
                        _activities.Enqueue(activity!.AsObject());
                    }

                    Watermark = (string?)set["watermark"];
                }

                message.SetLength(0);
            }
        }
        catch (WebSocketException)
        {
            // The connection dropped (its instance died): the stream has ended.
        }
    }
}
