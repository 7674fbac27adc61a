using System.Diagnostics;

namespace SummitBot.Tests.State;

/// <summary>
/// nginx (Debian package nginx) in the foreground as one process, with a configuration generated into a temp folder:
/// round-robin over the given upstream ports, all on 127.0.0.1, WebSockets included. Each response carries the upstream that served it in
/// <c>X-Upstream</c>, so tests can see which instance answered. A request that cannot reach one instance (connection
/// refused) is passed to the other; one that was already sent is not (nginx never resends a POST), so the client retries.
/// </summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>How long nginx leaves an upstream alone after one failed request to it (its fail_timeout).</summary>
    public static TimeSpan FailTimeout => TimeSpan.FromSeconds(2);

    public static async Task<NginxProcess> StartAsync(string folder, IEnumerable<int> upstreamPorts)
    {
        var binary = ServerBinary.Find("nginx", "nginx");
        var port = LoopbackPort.Free();
        var servers = string.Join("\n", upstreamPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout={(int)FailTimeout.TotalSeconds}s;"));
        var config = $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/nginx-error.log warn;
            events { worker_connections 512; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/client_body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              map $http_upgrade $connection_upgrade {
                default upgrade;
                '' '';
              }
              upstream bots {
            {{servers}}
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://bots;
                  # As a real balancer in front of the bot: the client's Host (the bot builds Direct Line's streamUrl
                  # from it) and WebSocket upgrades (the Direct Line stream) pass through.
                  proxy_http_version 1.1;
                  proxy_set_header Host $http_host;
                  proxy_set_header Upgrade $http_upgrade;
                  proxy_set_header Connection $connection_upgrade;
                  proxy_connect_timeout 1s;
                  proxy_read_timeout 30s;
                  proxy_next_upstream error timeout;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """;
        var configFile = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configFile, config);

        var start = ServerBinary.Bounded(binary, ["-p", folder, "-c", configFile, "-e", Path.Combine(folder, "nginx-error.log")], TimeSpan.FromMinutes(20));

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await LoopbackPort.AcceptsAsync(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var log = File.Exists(Path.Combine(folder, "nginx-error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "nginx-error.log")) : string.Empty;
                throw new InvalidOperationException($"nginx did not start on 127.0.0.1:{port}: {log}");
            }

            await Task.Delay(50);
        }

        return new NginxProcess(process, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
