using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SummitBot.Benchmarks.Hosts;

/// <summary>
/// A bare echo bot on the same Bot Framework SDK as SummitBot: ASP.NET Core, <see cref="CloudAdapter"/> with the SDK's
/// configuration authentication (anonymous without an App ID) and <see cref="EchoBot"/>; no state, no middleware.
/// <c>POST /api/messages</c>, as the bot. What the SDK itself costs per turn, the floor the bot is measured against.
/// </summary>
internal static class EchoBotHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args, inMemory: false);
        await app.RunAsync();
        return 0;
    }

    /// <summary>The echo bot's app; <paramref name="inMemory"/> serves it on ASP.NET Core's in-memory test server (the turn loop).</summary>
    public static WebApplication Build(string[] args, bool inMemory)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(), logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        builder.Services.AddSingleton(sp => new CloudAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, CloudAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        return app;
    }
}
