using System.Text.Json;
using System.Text.Json.Nodes;

namespace SummitBot.Benchmarks.Http;

/// <summary>The activity a benchmark turn posts: a user message with <c>deliveryMode: expectReplies</c>.</summary>
internal static class Turns
{
    public const string Path = "/api/messages";

    public static string Body(string conversationId, int turn, string text) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"{conversationId}-{turn}",
        ["text"] = text,
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
    }.ToJsonString(JsonSerializerOptions.Default);
}
