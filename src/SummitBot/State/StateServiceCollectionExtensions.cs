using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SummitBot.State;

/// <summary>Registers the conversation-state store and the replay guard, with options validated at start-up.</summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IStorage"/> is <see cref="RedisStorage"/> when <c>ConnectionStrings:Redis</c> is set, otherwise
    /// <see cref="BoundedMemoryStorage"/>. <see cref="ReplayGuard"/> keeps its records in a second store of the same
    /// kind with its own, shorter expiry, so retries are recognised across instances whenever state is shared.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ReplayOptions>()
            .Bind(configuration.GetSection(ReplayOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.PollInterval < o.Lease, "State:Replay:PollInterval must be shorter than State:Replay:Lease.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        var redis = configuration.GetConnectionString(StateOptions.RedisConnectionName);
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IStorage>(sp =>
            {
                var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
                return new BoundedMemoryStorage(state.IdleTimeout, state.MaxItems, sp.GetRequiredService<TimeProvider>());
            });
            services.AddSingleton(sp =>
            {
                var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
                var replay = sp.GetRequiredService<IOptions<ReplayOptions>>().Value;
                return new ReplayStore(new BoundedMemoryStorage(replay.Window, state.MaxItems, sp.GetRequiredService<TimeProvider>()));
            });
        }
        else
        {
            services.AddRedisConnection(redis);
            services.AddSingleton<IStorage>(sp =>
            {
                var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
                return new RedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), state.RedisKeyPrefix, state.IdleTimeout);
            });
            services.AddSingleton(sp =>
            {
                var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
                var replay = sp.GetRequiredService<IOptions<ReplayOptions>>().Value;
                return new ReplayStore(new RedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), state.RedisKeyPrefix + "replay:", replay.Window));
            });
        }

        services.AddSingleton<ReplayGuard>();
        return services;
    }

    /// <summary>
    /// The process's one connection to Redis, shared by every store that uses it (conversation state, replay records,
    /// the record of unanswered questions); registering it again is harmless.
    /// </summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, string connectionString)
    {
        // Not AbortOnConnectFail: the bot starts while Redis is briefly away and reconnects by itself;
        // turns fail (with the adapter's apology) only while it is unreachable.
        var redisOptions = ConfigurationOptions.Parse(connectionString);
        redisOptions.AbortOnConnectFail = false;
        redisOptions.ClientName ??= "summitbot";
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
        return services;
    }
}
