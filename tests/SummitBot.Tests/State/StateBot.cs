using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.State;

/// <summary>
/// One in-process instance of the bot (the real ASP.NET pipeline) with the given settings and, optionally, a
/// <see cref="CountingAnswers"/> around its answering service. Rate limiting is off: these tests send bursts on purpose.
/// </summary>
internal sealed class StateBot : IAsyncDisposable
{
    private readonly BotApplicationFactory _root;
    private readonly WebApplicationFactory<Program> _factory;

    public StateBot(IDictionary<string, string?>? settings = null, CountingAnswers? answers = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["RateLimiting:Enabled"] = "false",
        };
        _root = new BotApplicationFactory(all);
        _factory = answers is null && services is null
            ? _root
            : _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(s =>
            {
                answers?.Decorate(s);
                services?.Invoke(s);
            }));
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _root.DisposeAsync();
    }
}
