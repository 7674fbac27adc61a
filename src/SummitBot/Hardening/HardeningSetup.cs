using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SummitBot.Hardening;

/// <summary>Request limits and rate limiting in front of the bot's endpoints.</summary>
public static class HardeningSetup
{
    /// <summary>
    /// Registers <see cref="RequestLimitsOptions"/> and <see cref="RateLimitingOptions"/>, validated at start-up, the HTTP
    /// rate limiter, and (unless <c>RateLimiting:Enabled</c> is false) the turn middleware that limits messages.
    /// </summary>
    public static WebApplicationBuilder AddSummitBotHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitsOptions>()
            .Bind(builder.Configuration.GetSection(RequestLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        var messagesByAddress = string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]);
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitingOptions>>((options, settings) => BotRateLimits.Configure(options, settings.Value, messagesByAddress));

        // The limits on messages per person, conversation and client, in the turn; nothing at all when switched off.
        if (builder.Configuration.GetSection(RateLimitingOptions.Section).GetValue(nameof(RateLimitingOptions.Enabled), true))
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
            builder.Services.AddSingleton<PermitBuckets>();
            builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnRateLimits>();
        }

        return builder;
    }

    /// <summary>Adds the body guard, then the rate limiter unless <c>RateLimiting:Enabled</c> is false. Call before mapping the bot.</summary>
    public static WebApplication UseSummitBotHardening(this WebApplication app)
    {
        app.UseMiddleware<BotRequestGuard>();
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }
}
