using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.DirectLine;

/// <summary>
/// The bot in memory with a known Direct Line secret; optionally a fake clock (to move past token expiry), a stand-in
/// bot (to make turns slow or fail) and extra settings.
/// </summary>
internal sealed class DirectLineHost : IDisposable
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly BotApplicationFactory _factory;
    private readonly WebApplicationFactory<Program> _configured;

    public DirectLineHost(FakeTimeProvider? time = null, IBot? bot = null, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["RateLimiting:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new BotApplicationFactory(all);
        _configured = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            if (time is not null)
            {
                services.AddSingleton<TimeProvider>(time);
            }

            if (bot is not null)
            {
                services.AddTransient(_ => bot);
            }
        }));
    }

    public TestServer Server => _configured.Server;

    public DirectLineClient Client(string? credential = Secret) => new(_configured.CreateClient(), credential);

    public void Dispose()
    {
        _configured.Dispose();
        _factory.Dispose();
    }
}
