using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;

namespace SummitBot.Tests.DirectLine;

/// <summary>The WebSocket at the streamUrl: ActivitySets as the conversation grows, keep-alives, one stream at a time.</summary>
public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task TheStreamDeliversTheEchoAndTheReplyAsActivitySets()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        using var socket = await ConnectAsync(host.Server, await StreamUrlAsync(client, conversationId));

        var id = await client.SayAsync(conversationId, "hello");

        var received = new List<JsonObject>();
        string? watermark = null;
        while (!received.Any(a => (string?)a["replyToId"] == id))
        {
            var set = await ReceiveSetAsync(socket);
            if (set is null)
            {
                continue;
            }

            received.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
            watermark = (string?)set["watermark"];
        }

        Assert.Contains(received, a => (string?)a["id"] == id && (string?)a["text"] == "hello");
        var (all, lastWatermark) = await client.ActivitiesAsync(conversationId);
        Assert.Equal(lastWatermark, watermark);
        Assert.Equal(all.Select(a => (string?)a["id"]), received.Select(a => (string?)a["id"]));
    }

    [Fact]
    public async Task AReconnectedStreamStartsAfterItsWatermark()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        await client.SayAsync(conversationId, "first");
        var (_, watermark) = await client.ActivitiesAsync(conversationId);

        var (_, reconnect) = await client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark={watermark}");
        using var socket = await ConnectAsync(host.Server, (string)reconnect["streamUrl"]!);
        var id = await client.SayAsync(conversationId, "second");

        var received = await ReceiveUntilAsync(socket, activities => activities.Any(a => (string?)a["id"] == id));
        Assert.Equal(id, (string?)received[0]["id"]);
    }

    [Fact]
    public async Task AnIdleStreamGetsEmptyKeepAlives()
    {
        using var host = new DirectLineHost(settings: new Dictionary<string, string?> { ["DirectLine:KeepAliveSeconds"] = "1" });
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        using var socket = await ConnectAsync(host.Server, await StreamUrlAsync(client, conversationId));

        var (type, text) = await ReceiveAsync(socket);

        Assert.Equal(WebSocketMessageType.Text, type);
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public async Task ASecondStreamClosesTheFirst()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();
        using var first = await ConnectAsync(host.Server, await StreamUrlAsync(client, conversationId));
        using var second = await ConnectAsync(host.Server, await StreamUrlAsync(client, conversationId));

        var (type, _) = await ReceiveAsync(first);

        Assert.Equal(WebSocketMessageType.Close, type);
        var id = await client.SayAsync(conversationId, "still there?");
        var received = await ReceiveUntilAsync(second, activities => activities.Any(a => (string?)a["id"] == id));
        Assert.Contains(received, a => (string?)a["text"] == "still there?");
    }

    [Fact]
    public async Task AStreamUrlOfAnotherConversationOrWithoutCredentialIsRefused()
    {
        using var host = new DirectLineHost();
        var alice = host.Client();
        var conversationA = await alice.StartWithTokenAsync();
        var bob = host.Client();
        var conversationB = await bob.StartWithTokenAsync();
        var streamOfA = await StreamUrlAsync(alice, conversationA);
        var tokenOfA = new Uri(streamOfA).Query.Split('&').First(p => p.TrimStart('?').StartsWith("t=", StringComparison.Ordinal)).TrimStart('?')[2..];

        var wrongConversation = await Assert.ThrowsAnyAsync<Exception>(() =>
            ConnectAsync(host.Server, $"ws://localhost/v3/directline/conversations/{conversationB}/stream?t={tokenOfA}"));
        Assert.Contains("403", wrongConversation.Message);
        var anonymous = await Assert.ThrowsAnyAsync<Exception>(() =>
            ConnectAsync(host.Server, $"ws://localhost/v3/directline/conversations/{conversationB}/stream"));
        Assert.Contains("401", anonymous.Message);

        // A stream token opens only the stream, not the REST calls.
        var (status, _) = await host.Client(Uri.UnescapeDataString(tokenOfA)).GetAsync($"/v3/directline/conversations/{conversationA}/activities");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    private static async Task<string> StreamUrlAsync(DirectLineClient client, string conversationId)
    {
        var (status, body) = await client.GetAsync($"/v3/directline/conversations/{conversationId}");
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body["streamUrl"]!;
    }

    private static async Task<WebSocket> ConnectAsync(TestServer server, string streamUrl)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    /// <summary>The activities of the ActivitySets received until <paramref name="done"/> holds for them.</summary>
    private static async Task<List<JsonObject>> ReceiveUntilAsync(WebSocket socket, Func<List<JsonObject>, bool> done)
    {
        var received = new List<JsonObject>();
        while (!done(received))
        {
            var set = await ReceiveSetAsync(socket);
            received.AddRange(set?["activities"]?.AsArray().Select(a => a!.AsObject()) ?? []);
        }

        return received;
    }

    /// <summary>The next ActivitySet, or null for a keep-alive.</summary>
    private static async Task<JsonObject?> ReceiveSetAsync(WebSocket socket)
    {
        var (type, text) = await ReceiveAsync(socket);
        Assert.Equal(WebSocketMessageType.Text, type);
        return text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (result.MessageType, Encoding.UTF8.GetString(message.ToArray()));
    }
}
