using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Authentication;

/// <summary>Posts an activity to <c>/api/messages</c> with whatever Authorization header a test gives, and times it.</summary>
internal static class SignedRequests
{
    public const string ServiceUrl = "http://127.0.0.1:9/";

    public static JsonObject Activity(string text, string channelId = "msteams") =>
        new ActivityClient(new HttpClient(), "auth-" + Guid.NewGuid().ToString("N"), channelId).Message(text);

    public static async Task<(HttpStatusCode Status, JsonObject? Body, TimeSpan Elapsed)> PostAsync(HttpClient client, JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var started = TimeProvider.System.GetTimestamp();
        using var response = await client.SendAsync(request);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        var text = await response.Content.ReadAsStringAsync();
        var body = response.Content.Headers.ContentType?.MediaType == "application/json" && text.Length > 0 ? JsonNode.Parse(text)?.AsObject() : null;
        return (response.StatusCode, body, elapsed);
    }

    public static string Bearer(string token) => new AuthenticationHeaderValue("Bearer", token).ToString();
}
