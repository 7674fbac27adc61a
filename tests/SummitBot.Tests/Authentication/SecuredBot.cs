using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SummitBot.Bot;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Authentication;

/// <summary>The bot's real pipeline with the given settings (an App ID, metadata URLs), its logs captured and its turns counted.</summary>
internal sealed class SecuredBot : IAsyncDisposable
{
    private readonly BotApplicationFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public SecuredBot(IDictionary<string, string?> settings)
    {
        _factory = new BotApplicationFactory(settings);
        _host = _factory.WithWebHostBuilder(web =>
        {
            web.ConfigureLogging(logging => logging.AddProvider(Logs));
            web.ConfigureTestServices(services =>
                services.AddTransient<IBot>(sp => new RecordingBot(ActivatorUtilities.CreateInstance<SummitBotHandler>(sp), Turns)));
        });
        Client = _host.CreateClient();
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; } = new();

    public TurnCounter Turns { get; } = new();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
