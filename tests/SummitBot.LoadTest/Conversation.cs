using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SummitBot.Tests.QuestionSet;

namespace SummitBot.LoadTest;

/// <summary>One question-set case played as a fresh conversation over /api/messages with expectReplies.</summary>
internal sealed class Conversation(HttpClient http, string conversationId)
{
    private int _next;

    /// <summary>The outcome of one POST: status (0 for a transport error), latency, and the first message reply.</summary>
    public readonly record struct Turn(int Status, TimeSpan Latency, BotReply? Reply, string? Error);

    public async Task<Turn> AskAsync(string text, CancellationToken cancellationToken)
    {
        var activity = Activity(text);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsJsonAsync("/api/messages", activity, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var latency = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (!response.IsSuccessStatusCode)
            {
                return new Turn((int)response.StatusCode, latency, null, body.Length > 300 ? body[..300] : body);
            }

            var message = (JsonNode.Parse(body)?["activities"]?.AsArray() ?? [])
                .Select(a => a!.AsObject())
                .FirstOrDefault(a => (string?)a["type"] == "message");
            return new Turn((int)response.StatusCode, latency, message is null ? null : BotReply.From(message), message is null ? "no message reply" : null);
        }
        catch (HttpRequestException exception)
        {
            return new Turn(0, System.Diagnostics.Stopwatch.GetElapsedTime(started), null, exception.Message);
        }
    }

    /// <summary>As the question-set test's HTTP driver sends it: a Teams mention entity when the text mentions the bot.</summary>
    private JsonObject Activity(string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{conversationId}-{++_next}",
            ["text"] = text,
            ["channelId"] = text.Contains("<at>", StringComparison.Ordinal) ? "msteams" : "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "load-user", ["name"] = "Load" },
            ["recipient"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["deliveryMode"] = "expectReplies",
        };
        if (text.Contains("<at>", StringComparison.Ordinal))
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>SummitBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
            });
        }

        return activity;
    }
}
