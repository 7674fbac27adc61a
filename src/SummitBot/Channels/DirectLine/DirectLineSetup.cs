using StackExchange.Redis;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0 service (<c>/v3/directline</c>), so web pages (the Web Chat page, <c>MapWebChat</c>)
/// and automated clients reach the bot without Azure. In Azure, the real Direct Line channel still uses <c>/api/messages</c>.
/// </summary>
public static class DirectLineSetup
{
    private const string CorsPolicy = "DirectLine";

    /// <summary>Registers the Direct Line service with <see cref="DirectLineOptions"/> bound and validated at start-up.</summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .Bind(builder.Configuration.GetSection(DirectLineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Web pages on any origin may call Direct Line, as they may call Azure's: the credential is a bearer token the
        // page holds, never a cookie, so allowing every origin lets no site act with another's credentials.
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")));
        builder.Services.AddSingleton<DirectLineTokens>();
        // With Redis every instance serves every conversation; without it they live in this process.
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            builder.Services.AddSingleton<IDirectLineConversations, MemoryConversations>();
        }
        else
        {
            builder.Services.AddSingleton<IDirectLineConversations, RedisConversations>();
            // Tokens must check out on every instance: without a configured secret they share one kept in Redis.
            builder.Services.AddOptions<DirectLineOptions>().PostConfigure<IConnectionMultiplexer>((options, redis) =>
                options.Secret = string.IsNullOrWhiteSpace(options.Secret) ? SharedSecret.Get(redis) : options.Secret);
        }

        builder.Services.AddSingleton<DirectLineBot>();
        builder.Services.AddSingleton<DirectLineService>();
        return builder;
    }

    /// <summary>Maps the Direct Line 3.0 calls and their WebSocket stream.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        DirectLineEndpoints.Map(app).RequireCors(CorsPolicy);
        return app;
    }
}
