using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SummitBot.TestTools;

/// <summary>
/// Stands in for a channel's connector service (an activity's serviceUrl) on 127.0.0.1 and a free port: every POST is
/// answered 200 with a resource id, as the connector answers, and counted; the replies the bot posts to
/// <c>/v3/conversations/{conversationId}/activities[/{replyToId}]</c> are recorded.
/// </summary>
public sealed class ChannelListener : IAsyncDisposable
{
    private const string Conversations = "/v3/conversations/";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, string? ReplyToId, JsonObject Activity)> _replies = new();
    private int _posts;

    private ChannelListener(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities sent to the bot.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>How many requests the bot has sent here.</summary>
    public int Posts => Volatile.Read(ref _posts);

    public static async Task<ChannelListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var listener = new ChannelListener(app);
        app.Run(listener.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.ServiceUrl = address.TrimEnd('/') + "/";
        return listener;
    }

    /// <summary>The message replies posted in reply to one activity of one conversation.</summary>
    public IReadOnlyList<JsonObject> RepliesTo(string conversationId, string activityId) =>
        [.. _replies.Where(r => r.ConversationId == conversationId && r.ReplyToId == activityId && IsMessage(r.Activity)).Select(r => r.Activity)];

    /// <summary>Every message reply posted into a conversation.</summary>
    public IReadOnlyList<JsonObject> RepliesIn(string conversationId) =>
        [.. _replies.Where(r => r.ConversationId == conversationId && IsMessage(r.Activity)).Select(r => r.Activity)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context)
    {
        Interlocked.Increment(ref _posts);
        var path = context.Request.Path.Value ?? string.Empty;
        if (HttpMethods.IsPost(context.Request.Method) && path.StartsWith(Conversations, StringComparison.Ordinal))
        {
            // {conversationId}/activities[/{replyToId}], each segment escaped by the connector client.
            var segments = path[Conversations.Length..].Split('/');
            if (segments.Length >= 2 && segments[1] == "activities" && await ReadActivityAsync(context) is { } activity)
            {
                var replyToId = segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : null;
                _replies.Enqueue((Uri.UnescapeDataString(segments[0]), replyToId, activity));
            }
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"id\":\"" + Guid.NewGuid().ToString("N") + "\"}");
    }

    private static async Task<JsonObject?> ReadActivityAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsMessage(JsonObject activity) => (string?)activity["type"] == "message";
}
