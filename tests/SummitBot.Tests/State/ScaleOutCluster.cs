using SummitBot.TestTools;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.State;

/// <summary>
/// Two processes of the built bot sharing one redis-server, behind nginx round-robin, all on 127.0.0.1 ports;
/// started once for <see cref="ScaleOutTests"/> and stopped after them. Logs go to <see cref="Folder"/>.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
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
        A = BotProcess.Create(BuiltBot.Options("bot-a", Folder, Settings("a")));
        B = BotProcess.Create(BuiltBot.Options("bot-b", Folder, Settings("b")));
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
        Nginx = await NginxProcess.StartAsync(Folder, [A.Port, B.Port]);
    }

    /// <summary>
    /// Starts whichever instance a previous test stopped, then waits out nginx's fail_timeout: an instance a previous
    /// test killed (and maybe restarted itself) stays marked down for that long after the request it failed, and a test
    /// starting at once would see every request sent to the other instance (seen once in CI: "nginx never sent a
    /// follow-up to the other instance").
    /// </summary>
    internal async Task EnsureBothRunningAsync()
    {
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
        await Task.Delay(NginxProcess.FailTimeout + TimeSpan.FromMilliseconds(500));
    }

    internal static Task StartAsync(BotProcess bot) => bot.StartAsync();

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

    private Dictionary<string, string> Settings(string name) => new()
    {
        ["ConnectionStrings:Redis"] = Redis.ConnectionString,
        ["Search:IndexPath"] = Path.Combine(Folder, $"index-{name}"),
        ["State:Replay:Lease"] = Lease.ToString("c"),
        ["Logging:LogLevel:SummitBot.State"] = "Information",
    };
}
