using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SummitBot.Tests.Authentication;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Channels;

/// <summary>The bot's real pipeline (no App ID), with its logs captured, for channel-shaped activities.</summary>
public sealed class ChannelBot : IDisposable
{
    private readonly BotApplicationFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    internal CapturedLogs Logs { get; } = new();

    public ChannelBot()
    {
        _factory = new BotApplicationFactory();
        _host = _factory.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(Logs)));
        Client = _host.CreateClient();
    }

    internal HttpClient Client { get; }

    /// <summary>Posts an expectReplies activity and returns the bot's message replies.</summary>
    internal async Task<IReadOnlyList<JsonObject>> AskAsync(JsonObject activity)
    {
        using var response = await Client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. (body?["activities"]?.AsArray() ?? []).Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message")];
    }

    public void Dispose()
    {
        Client.Dispose();
        _host.Dispose();
        _factory.Dispose();
    }
}
