using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Observability;

/// <summary>The bot in memory with its logs captured; extra settings and service overrides per test.</summary>
internal static class ObservedBot
{
    public static WebApplicationFactory<Program> Start(
        LogCapture logs,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            // Load and fuzz tests must not trip the limiter unless they set it themselves.
            ["RateLimiting:Enabled"] = settings?.TryGetValue("RateLimiting:Enabled", out var enabled) == true ? enabled : "false",
        };
        return new BotApplicationFactory(all).WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
    }
}
