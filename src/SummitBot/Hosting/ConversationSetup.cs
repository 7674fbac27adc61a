using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using SummitBot.Bot;
using SummitBot.Channels.Teams;
using SummitBot.Authentication;
using SummitBot.State;

namespace SummitBot.Hosting;

/// <summary>The Bot Framework side: authentication, adapter, conversation state and the bot.</summary>
public static class ConversationSetup
{
    /// <summary>Registers the adapter, state over <see cref="IStorage"/> (in memory unless configured otherwise) and the bot.</summary>
    public static WebApplicationBuilder AddSummitBotConversation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The SDK's ConfigurationBotFrameworkAuthentication, failing closed (401) on anything it cannot validate.
        services.AddChannelAuthentication();
        services.AddSingleton<SummitBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<SummitBotAdapter>());
        // What channels served in this process (the built-in Direct Line) run their turns through: the same adapter.
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<SummitBotAdapter>());

        // Redis when ConnectionStrings:Redis is set, else bounded memory; plus the replay guard used by the adapter.
        services.AddConversationStorage(builder.Configuration);
        services.AddSingleton<FollowUpStore>();
        services.AddSingleton<RepliesInEnglish>();

        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<TeamsFeedback>();
        services.AddTransient<IBot, SummitBotHandler>();
        return builder;
    }

    /// <summary>Maps the Bot Framework messaging endpoint, <c>POST /api/messages</c>.</summary>
    public static WebApplication MapSummitBot(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, SummitBotAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessMessageAsync(request, response, bot, cancellationToken));
        return app;
    }
}
