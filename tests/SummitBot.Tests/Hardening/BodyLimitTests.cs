using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SummitBot.Tests.Observability;

namespace SummitBot.Tests.Hardening;

/// <summary>Bodies over the configured limit are refused with 413, whether their length is announced or they come chunked.</summary>
public sealed class BodyLimitTests
{
    private const int Limit = 4096;

    [Fact]
    public async Task RefusesABodyOverTheLimitAnnouncedByContentLengthWith413()
    {
        await using var bot = Bot(out _);
        var http = bot.CreateClient();

        using var content = new ByteArrayContent(BadBodies.OversizedActivity(Limit + 1));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLarge", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task RefusesAChunkedBodyOverTheLimitWith413OnARealServer()
    {
        await using var bot = Bot(out _);
        bot.UseKestrel();
        bot.StartServer();
        var http = bot.CreateClient();

        // A stream that cannot tell its length makes HttpClient send Transfer-Encoding: chunked.
        using var content = new StreamContent(new UnknownLengthStream(BadBodies.OversizedActivity(Limit * 4)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        using var response = await http.SendAsync(request);

        Assert.True(request.Headers.TransferEncodingChunked ?? content.Headers.ContentLength is null);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnswersAChunkedActivityUnderTheLimit()
    {
        await using var bot = Bot(out _);
        bot.UseKestrel();
        bot.StartServer();
        var http = bot.CreateClient();
        var activity = new Http.ActivityClient(http, "chunked-small").Message("where is the second summit?");

        using var content = new StreamContent(new UnknownLengthStream(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task RefusesAnOversizedBodyOnTheDefaultLimitOfAFewHundredKilobytes()
    {
        await using var bot = ObservedBot.Start(new LogCapture());
        var http = bot.CreateClient();

        using var under = await http.PostAsync("/api/messages", Json(BadBodies.OversizedActivity(250 * 1024)));
        using var over = await http.PostAsync("/api/messages", Json(BadBodies.OversizedActivity(1024 * 1024)));

        Assert.True(under.StatusCode == HttpStatusCode.OK, $"{under.StatusCode}: {await under.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Bot(out LogCapture logs)
    {
        logs = new LogCapture();
        return ObservedBot.Start(logs, new Dictionary<string, string?> { ["RequestLimits:MaxBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>A read-only stream over bytes that does not say how long it is.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
