using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// An endpoint that takes activities from clients, and how to make a request to it from a body. Only endpoints the app
/// maps are tried; another endpoint is one more line in <see cref="All"/>.
/// </summary>
internal sealed record FuzzTarget(string Name, string RoutePattern, Func<HttpClient, Task<Func<BadBody, HttpRequestMessage>>> Prepare)
{
    public static readonly FuzzTarget Messages = new("/api/messages", "/api/messages", _ => Task.FromResult<Func<BadBody, HttpRequestMessage>>(body => Post("/api/messages", body, null)));

    /// <summary>Direct Line: start a conversation with the secret, then post activities into it with its token.</summary>
    public static readonly FuzzTarget DirectLineActivities = new("Direct Line activities", "/v3/directline/conversations/{conversationId}/activities", StartDirectLineAsync);

    public static readonly IReadOnlyList<FuzzTarget> All = [Messages, DirectLineActivities];

    /// <summary>The Direct Line secret the fuzzing host is configured with.</summary>
    public const string DirectLineSecret = "fuzz-direct-line-secret-0123456789";

    /// <summary>The targets whose route the running app maps.</summary>
    public static IReadOnlyList<FuzzTarget> Mapped(WebApplicationFactory<Program> factory)
    {
        var patterns = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => Shape(e.RoutePattern.RawText ?? string.Empty))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. All.Where(t => patterns.Contains(Shape(t.RoutePattern)))];
    }

    /// <summary>A route with its parameter names blanked, so "{id}" and "{conversationId}" match.</summary>
    private static string Shape(string pattern) => "/" + Regex.Replace(pattern, "\\{[^}]*\\}", "{}").TrimStart('/');

    private static HttpRequestMessage Post(string path, BadBody body, string? bearer)
    {
        var content = new ByteArrayContent(body.Bytes);
        if (body.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    private static async Task<Func<BadBody, HttpRequestMessage>> StartDirectLineAsync(HttpClient http)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
        using var response = await http.SendAsync(start);
        response.EnsureSuccessStatusCode();
        var conversation = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = (string)conversation["conversationId"]!;
        var token = (string)conversation["token"]!;
        return body => Post($"/v3/directline/conversations/{Uri.EscapeDataString(id)}/activities", body, token);
    }
}
