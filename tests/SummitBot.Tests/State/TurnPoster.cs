using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.State;

/// <summary>
/// Posts message activities to a bot's <c>/api/messages</c> with a chosen activity id, so a test can deliver the same
/// activity again as a retrying channel does; either through the connector (replies go to the serviceUrl) or with
/// expectReplies (replies in the response).
/// </summary>
internal sealed class TurnPoster(string serviceUrl, string channelId = "emulator")
{
    public static JsonObject Message(string conversationId, string? activityId, string text, string serviceUrl, bool expectReplies, string channelId = "emulator")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (activityId is not null)
        {
            activity["id"] = activityId;
        }

        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    /// <summary>Delivers through the connector path; the replies arrive at the serviceUrl. Returns the HTTP status.</summary>
    public async Task<HttpStatusCode> DeliverAsync(HttpClient bot, string conversationId, string? activityId, string text)
    {
        using var response = await bot.PostAsJsonAsync("/api/messages", Message(conversationId, activityId, text, serviceUrl, expectReplies: false, channelId));
        return response.StatusCode;
    }

    /// <summary>Delivers with expectReplies and returns the message replies' texts from the response body.</summary>
    public async Task<IReadOnlyList<string>> AskAsync(HttpClient bot, string conversationId, string activityId, string text)
    {
        using var response = await bot.PostAsJsonAsync("/api/messages", Message(conversationId, activityId, text, serviceUrl, expectReplies: true, channelId));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. (body?["activities"]?.AsArray() ?? [])
            .Where(a => (string?)a!["type"] == "message")
            .Select(a => (string?)a!["text"] ?? string.Empty)];
    }
}
