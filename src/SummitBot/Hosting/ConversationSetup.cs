using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SummitBot.Bot;

namespace SummitBot.Hosting;

/// <summary>The Bot Framework side: authentication, adapter, conversation state and the bot.</summary>
public static class ConversationSetup
{
    /// <summary>Registers the adapter, state over <see cref="IStorage"/> (in memory unless configured otherwise) and the bot.</summary>
    public static WebApplicationBuilder AddSummitBotConversation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<SummitBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<SummitBotAdapter>());

        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();

        services.AddSingleton<ReplyRenderer>();
        services.AddTransient<IBot, SummitBotHandler>();
        return builder;
    }

    /// <summary>Maps the Bot Framework messaging endpoint, <c>POST /api/messages</c>.</summary>
    public static WebApplication MapSummitBot(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        return app;
    }
}
