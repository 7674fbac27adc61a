using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.DirectLine;

/// <summary>Calls the built-in Direct Line 3.0 API the way a Direct Line client does, with a bearer secret or token.</summary>
internal sealed class DirectLineClient(HttpClient http, string? credential)
{
    public HttpClient Http => http;

    public string? Credential { get; set; } = credential;

    public async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (Credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Credential);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrEmpty(text) ? [] : JsonNode.Parse(text)!.AsObject();
        return (response.StatusCode, json);
    }

    public Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string path, JsonNode? body = null) =>
        SendAsync(HttpMethod.Post, path, body?.ToJsonString());

    public Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    /// <summary>Generates a token with the secret and starts its conversation with it; this client then uses the token.</summary>
    public async Task<string> StartWithTokenAsync(string? userId = null)
    {
        var (status, generated) = await PostAsync(
            "/v3/directline/tokens/generate",
            userId is null ? null : new JsonObject { ["user"] = new JsonObject { ["id"] = userId } });
        Assert.Equal(HttpStatusCode.OK, status);
        Credential = (string)generated["token"]!;

        var (startStatus, started) = await PostAsync("/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, startStatus);
        Assert.Equal((string)generated["conversationId"]!, (string)started["conversationId"]!);
        return (string)started["conversationId"]!;
    }

    public static JsonObject Message(string text, string userId = "user-1") => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Tester" },
        ["text"] = text,
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
    };

    /// <summary>Posts a message and returns its id (asserting 200).</summary>
    public async Task<string> SayAsync(string conversationId, string text, string userId = "user-1")
    {
        var (status, body) = await PostAsync($"/v3/directline/conversations/{conversationId}/activities", Message(text, userId));
        Assert.True(status == HttpStatusCode.OK, $"posting answered {(int)status}: {body.ToJsonString()}");
        return (string)body["id"]!;
    }

    public async Task<(IReadOnlyList<JsonObject> Activities, string? Watermark)> ActivitiesAsync(string conversationId, string? watermark = null)
    {
        var (status, body) = await GetAsync($"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, status);
        var activities = body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        return (activities, (string?)body["watermark"]);
    }

    /// <summary>The bot's replies to the activity <paramref name="activityId"/>.</summary>
    public async Task<IReadOnlyList<JsonObject>> RepliesToAsync(string conversationId, string activityId)
    {
        var (activities, _) = await ActivitiesAsync(conversationId);
        return activities.Where(a => (string?)a["replyToId"] == activityId && (string?)a["type"] == "message").ToList();
    }

    public static void AssertError(HttpStatusCode expected, string code, (HttpStatusCode Status, JsonObject Body) response)
    {
        Assert.Equal(expected, response.Status);
        Assert.Equal(code, (string?)response.Body["error"]?["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)response.Body["error"]?["message"]));
    }
}
