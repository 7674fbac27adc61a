using System.Diagnostics;
using StackExchange.Redis;

namespace SummitBot.Tests.State;

/// <summary>
/// A real redis-server (Debian package redis-server) on 127.0.0.1 and a free port, started for the tests that share it
/// and stopped after them. Without persistence, unless made <see cref="RedisServer(bool)">persistent</see> (an
/// append-only file synced on every write), so a test can stop it, start it again on the same port and find its data.
/// It can also be paused (SIGSTOP: connections stay open, nothing answers) and resumed.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly bool _persistent;
    private Process? _process;
    private string? _folder;

    public RedisServer()
        : this(persistent: false)
    {
    }

    internal RedisServer(bool persistent) => _persistent = persistent;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>A connection of the tests' own, to look at keys directly.</summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "summitbot-tests", $"redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);

        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPort.Free();
            if (await TryStartAsync())
            {
                break;
            }

            // Most likely the port was taken between finding it free and binding it: try another.
            if (attempt == 3)
            {
                throw new InvalidOperationException($"redis-server did not start on 127.0.0.1:{Port}.");
            }
        }

        Connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        await Connection.GetDatabase().PingAsync();
    }

    /// <summary>Stops the server as an operator would (SIGTERM: it closes its connections and exits).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term!.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }

        Stop();
    }

    /// <summary>Starts the server again on the same port (after <see cref="StopAsync"/>).</summary>
    public async Task StartAgainAsync()
    {
        if (!await TryStartAsync())
        {
            throw new InvalidOperationException($"redis-server did not start again on 127.0.0.1:{Port}.");
        }
    }

    /// <summary>SIGSTOP: the server keeps its connections but answers nothing, as a hung or unreachable one.</summary>
    public void Pause() => Signal("-STOP");

    /// <summary>SIGCONT: a paused server answers again.</summary>
    public void Resume() => Signal("-CONT");

    /// <summary>A new connection, as another instance of the bot would have.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(ConnectionString);

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        Stop();
        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task<bool> TryStartAsync()
    {
        var binary = ServerBinary.Find("redis-server", "redis-server");
        string[] persistence = _persistent ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"];
        string[] arguments = ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", string.Empty, .. persistence, "--dir", _folder!, "--daemonize", "no"];
        var start = ServerBinary.Bounded(binary, arguments, TimeSpan.FromMinutes(20));
        start.WorkingDirectory = _folder;

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!_process.HasExited && DateTime.UtcNow < deadline && !await LoopbackPort.AcceptsAsync(Port))
        {
            await Task.Delay(50);
        }

        if (!_process.HasExited && await LoopbackPort.AcceptsAsync(Port))
        {
            return true;
        }

        Stop();
        return false;
    }

    /// <summary>Signals redis-server itself (it runs under coreutils' timeout, whose child it is).</summary>
    private void Signal(string signal)
    {
        if (_process is not { HasExited: false })
        {
            return;
        }

        var id = _process.Id;
        var child = File.ReadAllText($"/proc/{id}/task/{id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        using var kill = Process.Start("kill", [signal, child])!;
        kill.WaitForExit();
    }

    private void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }
}

/// <summary>Test classes in this collection share one redis-server.</summary>
[CollectionDefinition(Name)]
public sealed class SharedRedis : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
