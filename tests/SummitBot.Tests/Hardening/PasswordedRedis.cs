using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SummitBot.Tests.Hardening;

/// <summary>A redis-server (Debian's) on 127.0.0.1 with a password, no persistence; stopped on dispose.</summary>
internal sealed class PasswordedRedis : IDisposable
{
    private readonly Process _process;

    private PasswordedRedis(Process process, int port, string password)
    {
        _process = process;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    public string ConnectionString => $"127.0.0.1:{Port},password={Password},abortConnect=false,connectTimeout=2000";

    public static async Task<PasswordedRedis> StartAsync(string password)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--requirepass", password, "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start (apt-get install -y redis-server)");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new PasswordedRedis(process, port, password);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return redis;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        redis.Dispose();
        throw new TimeoutException("redis-server did not listen within 10 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
