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
            AddRedis(services, redis);
        }

        services.AddSingleton<ReplayGuard>();
        return services;
    }

    /// <summary>
    /// The process's one connection to Redis, shared by every store that uses it (conversation state, replay records,
    /// the record of unanswered questions), with the <see cref="StoreCircuit"/> that its failures open; registering it
    /// again is harmless.
    /// </summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
            return new StoreCircuit(state.RedisOperationTimeout, state.RedisBreakDuration, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StoreCircuit>>());
        });
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
            var redis = ConnectionMultiplexer.Connect(RedisOptions(connectionString, state));
            var circuit = sp.GetRequiredService<StoreCircuit>();
            redis.ConnectionFailed += (_, e) => circuit.Lost(e.FailureType.ToString());
            redis.ConnectionRestored += (_, _) => circuit.Restored();
            return redis;
        });
        return services;
    }

    /// <summary>
    /// Redis behind one <see cref="StoreCircuit"/>: conversation state fails fast while Redis is away (the bot answers
    /// without context), and the replay records fall back to this process's memory meanwhile.
    /// </summary>
    private static void AddRedis(IServiceCollection services, string connectionString)
    {
        services.AddRedisConnection(connectionString);
        services.AddSingleton<IStorage>(sp =>
        {
            var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
            var redis = new RedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), state.RedisKeyPrefix, state.IdleTimeout);
            return new CircuitBreakingStorage(redis, sp.GetRequiredService<StoreCircuit>());
        });
        services.AddSingleton(sp =>
        {
            var state = sp.GetRequiredService<IOptions<StateOptions>>().Value;
            var replay = sp.GetRequiredService<IOptions<ReplayOptions>>().Value;
            var redis = new RedisStorage(sp.GetRequiredService<IConnectionMultiplexer>(), state.RedisKeyPrefix + "replay:", replay.Window);
            var local = new BoundedMemoryStorage(replay.Window, state.MaxItems, sp.GetRequiredService<TimeProvider>());
            return new ReplayStore(new FallbackStorage(
                new CircuitBreakingStorage(redis, sp.GetRequiredService<StoreCircuit>()), local, sp.GetRequiredService<ILogger<FallbackStorage>>()));
        });
    }

    /// <summary>
    /// The connection string's options, plus: start while Redis is briefly away and reconnect by itself (not
    /// AbortOnConnectFail); fail a command at once while disconnected instead of queueing it (the circuit then answers
    /// without state); time out after <see cref="StateOptions.RedisOperationTimeout"/>; try to reconnect every second.
    /// </summary>
    private static ConfigurationOptions RedisOptions(string connectionString, StateOptions state)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName ??= "summitbot";
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var timeout = (int)state.RedisOperationTimeout.TotalMilliseconds;
        options.AsyncTimeout = timeout;
        options.SyncTimeout = timeout;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        return options;
    }
}
