using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SummitBot.Tests.State;

/// <summary>
/// Stands in for a channel's serviceUrl on loopback: records every reply the bot POSTs to
/// <c>/v3/conversations/{conversationId}/activities/{replyToId}</c> (or without a replyToId) and answers as the
/// connector does, with a resource id.
/// </summary>
internal sealed class ChannelListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, string? ReplyToId, JsonObject Activity)> _replies = new();

    private ChannelListener(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities sent to the bot.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<ChannelListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new ChannelListener(app);

        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, JsonObject activity) =>
            listener.Record(conversationId, replyToId, activity));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity) =>
            listener.Record(conversationId, null, activity));

        await app.StartAsync();
        listener.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
        return listener;
    }

    /// <summary>The message replies posted in reply to one activity of one conversation.</summary>
    public IReadOnlyList<JsonObject> RepliesTo(string conversationId, string activityId) =>
        [.. _replies.Where(r => r.ConversationId == conversationId && r.ReplyToId == activityId && (string?)r.Activity["type"] == "message").Select(r => r.Activity)];

    /// <summary>Every message reply posted into a conversation.</summary>
    public IReadOnlyList<JsonObject> RepliesIn(string conversationId) =>
        [.. _replies.Where(r => r.ConversationId == conversationId && (string?)r.Activity["type"] == "message").Select(r => r.Activity)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Record(string conversationId, string? replyToId, JsonObject activity)
    {
        _replies.Enqueue((conversationId, replyToId, activity));
        return Results.Ok(new { id = Guid.NewGuid().ToString("N") });
    }
}
