using System.Diagnostics;
using StackExchange.Redis;

namespace SummitBot.Tests.State;

/// <summary>
/// A real redis-server (Debian package redis-server) on 127.0.0.1 and a free port, without persistence, started for
/// the tests that share it and stopped after them.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private string? _folder;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>A connection of the tests' own, to look at keys directly.</summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var binary = ServerBinary.Find("redis-server", "redis-server");
        _folder = Path.Combine(Path.GetTempPath(), "summitbot-tests", $"redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);

        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPort.Free();
            string[] arguments = ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", _folder, "--daemonize", "no"];
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
                break;
            }

            // Most likely the port was taken between finding it free and binding it: try another.
            Stop();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"redis-server did not start on 127.0.0.1:{Port}.");
            }
        }

        Connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        await Connection.GetDatabase().PingAsync();
    }

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
