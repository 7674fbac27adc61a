using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.Http;

/// <summary>Posts activities to <c>/api/messages</c> with <c>deliveryMode: expectReplies</c> and reads the replies.</summary>
internal sealed class ActivityClient(HttpClient http, string conversationId, string channelId = "emulator")
{
    private int _next;

    public async Task<IReadOnlyList<JsonObject>> AskAsync(string text, Action<JsonObject>? shape = null)
    {
        var activity = Message(text);
        shape?.Invoke(activity);
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray().Select(a => a!.AsObject()).ToList() ?? [];
    }

    public JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        // Unique ids: the bot answers a repeated activity id once (a channel's retry), so every new message needs its own.
        ["id"] = $"{conversationId}-{++_next}-{Guid.NewGuid():N}",
        ["text"] = text,
        ["channelId"] = channelId,
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
    };
}
