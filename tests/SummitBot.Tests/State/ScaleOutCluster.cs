using SummitBot.Tests.Support;

namespace SummitBot.Tests.State;

/// <summary>
/// Two processes of the built bot sharing one redis-server, behind nginx round-robin, all on 127.0.0.1 ports;
/// started once for <see cref="ScaleOutTests"/> and stopped after them. Logs go to <see cref="Folder"/>.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public RedisServer Redis { get; } = new();

    internal BotProcess A { get; private set; } = null!;

    internal BotProcess B { get; private set; } = null!;

    internal NginxProcess Nginx { get; private set; } = null!;

    public string Folder { get; } = RepoPaths.NewTempFolder("scaleout");

    /// <summary>How long a turn claimed by a dead instance blocks its retry (the bots' State:Replay:Lease).</summary>
    public static TimeSpan Lease => TimeSpan.FromSeconds(3);

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        var dll = BotProcess.FindBuiltBot();
        A = new BotProcess("bot-a", dll, LoopbackPort.Free(), Environment("a"), Folder);
        B = new BotProcess("bot-b", dll, LoopbackPort.Free(), Environment("b"), Folder);
        await Task.WhenAll(A.StartAsync(StartTimeout), B.StartAsync(StartTimeout));
        Nginx = await NginxProcess.StartAsync(Folder, [A.Port, B.Port]);
    }

    /// <summary>Starts whichever instance a previous test stopped.</summary>
    internal Task EnsureBothRunningAsync() => Task.WhenAll(A.StartAsync(StartTimeout), B.StartAsync(StartTimeout));

    internal static Task StartAsync(BotProcess bot) => bot.StartAsync(StartTimeout);

    internal static HttpClient ClientFor(Uri url) => new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        foreach (var bot in new[] { A, B })
        {
            if (bot is not null)
            {
                await bot.DisposeAsync();
            }
        }

        await Redis.DisposeAsync();
    }

    private Dictionary<string, string> Environment(string name) => new()
    {
        ["ConnectionStrings__Redis"] = Redis.ConnectionString,
        ["Knowledge__Path"] = RepoPaths.Knowledge,
        ["Search__IndexPath"] = Path.Combine(Folder, $"index-{name}"),
        ["State__Replay__Lease"] = Lease.ToString("c"),
        ["RateLimiting__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__SummitBot.State"] = "Information",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };
}
