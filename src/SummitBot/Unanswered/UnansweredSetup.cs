using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SummitBot.State;

namespace SummitBot.Unanswered;

/// <summary>Registers the record of unanswered questions: its store (Redis or a local file), and the recorder.</summary>
public static class UnansweredSetup
{
    /// <summary>
    /// The store is Redis when <c>ConnectionStrings:Redis</c> is set (every instance adds to one record), otherwise a
    /// file on local disk. The recorder runs as a hosted service in the web host; the report only reads the store.
    /// </summary>
    public static IServiceCollection AddUnansweredQuestions(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<UnansweredOptions>()
            .Bind(configuration.GetSection(UnansweredOptions.Section))
            .PostConfigure(o => o.Path = Path.GetFullPath(o.Path, contentRoot))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        var redis = configuration.GetConnectionString(StateOptions.RedisConnectionName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IUnansweredStore>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<UnansweredOptions>>().Value;
                return new FileUnansweredStore(options.Path, options.MaxEntries, options.MaxAge, sp.GetRequiredService<TimeProvider>());
            });
        }
        else
        {
            services.AddRedisConnection(redis);
            services.AddSingleton<IUnansweredStore>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<UnansweredOptions>>().Value;
                return new RedisUnansweredStore(sp.GetRequiredService<IConnectionMultiplexer>(), options.RedisKey, options.MaxEntries, options.MaxAge, sp.GetRequiredService<TimeProvider>());
            });
        }

        services.AddSingleton<UnansweredRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<UnansweredRecorder>());
        return services;
    }

    /// <summary>The web host's registration (Program.cs).</summary>
    public static WebApplicationBuilder AddSummitBotUnansweredQuestions(this WebApplicationBuilder builder)
    {
        builder.Services.AddUnansweredQuestions(builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }
}
