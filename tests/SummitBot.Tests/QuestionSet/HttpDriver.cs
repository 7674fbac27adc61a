using System.Text.Json.Nodes;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.QuestionSet;

/// <summary>Talks to the bot over HTTP: activity JSON posted to /api/messages with expectReplies, through the real pipeline.</summary>
public sealed class HttpDriver(HttpClient http) : IConversationDriver
{
    private readonly Dictionary<string, ActivityClient> _clients = [];

    public async Task<BotReply> SendAsync(string conversationId, string text)
    {
        if (!_clients.TryGetValue(conversationId, out var client))
        {
            _clients[conversationId] = client = new ActivityClient(http, conversationId);
        }

        var replies = await client.AskAsync(text, activity =>
        {
            if (text.Contains("<at>", StringComparison.Ordinal))
            {
                // As Teams sends it: the mention markup in the text and a mention entity naming the bot.
                activity["channelId"] = "msteams";
                activity["entities"] = new JsonArray(new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = "<at>SummitBot</at>",
                    ["mentioned"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
                });
            }
        });
        var message = replies.FirstOrDefault(r => r["type"]?.GetValue<string>() == "message")
            ?? throw new InvalidOperationException($"no message reply to '{text}'");
        return BotReply.From(message);
    }
}
