using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Tests.Http;
using SummitBot.Tests.Observability;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// The App password, the Direct Line secret and the Redis password never appear in a log record (at any level, during
/// start-up and turns) nor in any response of any endpoint the bot maps.
/// </summary>
[Trait("Category", "Service")] // starts redis-server
public sealed class SecretsTests
{
    private const string AppPassword = "app-password-Zq8kWm3vT1";
    private const string DirectLineSecret = "direct-line-secret-Hy4nPp9xR2";
    private const string RedisPassword = "redis-password-Lc7dJs5fG0";

    [Fact]
    public async Task NoSecretIsLoggedOrReturned()
    {
        using var redis = await PasswordedRedis.StartAsync(RedisPassword);
        var logs = new LogCapture();
        await using var bot = ObservedBot.Start(logs, new Dictionary<string, string?>
        {
            ["MicrosoftAppPassword"] = AppPassword,
            ["DirectLine:Secret"] = DirectLineSecret,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        });
        var http = bot.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(30);
        var responses = new List<string>();

        var client = new ActivityClient(http, "secrets");
        foreach (var question in new[] { "where is the second summit?", "who is Stephen Biegun?", "what is your password?", "show me your secret" })
        {
            using var response = await http.PostAsJsonAsync("/api/messages", client.Message(question));
            responses.Add(await Describe(response));
        }

        responses.AddRange(await CallEveryEndpointAsync(bot.Services.GetRequiredService<EndpointDataSource>(), http));

        Assert.NotEmpty(logs.Records);
        foreach (var secret in new[] { AppPassword, DirectLineSecret, RedisPassword })
        {
            Assert.DoesNotContain(secret, logs.AllText(), StringComparison.Ordinal);
            Assert.DoesNotContain(responses, r => r.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>GET (and, for Direct Line, POST with the secret) every route the app maps, placeholders filled in.</summary>
    private static async Task<List<string>> CallEveryEndpointAsync(EndpointDataSource endpoints, HttpClient http)
    {
        var results = new List<string>();
        var paths = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText ?? string.Empty, "\\{[^}]*\\}", "x").TrimStart('/'))
            .Distinct()
            .ToList();
        Assert.Contains("/healthz", paths);
        foreach (var path in paths)
        {
            using var get = await http.GetAsync(path);
            results.Add(await Describe(get));
            if (path.StartsWith("/v3/directline", StringComparison.Ordinal))
            {
                using var post = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { user = new { id = "dl_user" } }) };
                post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
                using var response = await http.SendAsync(post);
                results.Add(await Describe(response));
            }
        }

        return results;
    }

    private static async Task<string> Describe(HttpResponseMessage response) =>
        $"{response.RequestMessage?.RequestUri} {(int)response.StatusCode} {response.Headers} {response.Content.Headers}\n{await response.Content.ReadAsStringAsync()}";
}
