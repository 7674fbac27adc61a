using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SummitBot.Tests.State;

/// <summary>
/// The built bot (<c>dotnet SummitBot.dll --urls http://127.0.0.1:port</c>) as a separate process with its own
/// environment, which can be started, stopped gracefully (SIGTERM) or killed (SIGKILL) and started again.
/// Its output goes to a log file in the test's temp folder for diagnosis.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _logFile;
    private Process? _process;
    private int _starts;

    public BotProcess(string name, string dll, int port, IReadOnlyDictionary<string, string> environment, string folder)
    {
        Name = name;
        _dll = dll;
        Port = port;
        _environment = environment;
        _logFile = Path.Combine(folder, $"{name}.log");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>How many lines of this instance's log (all its runs) contain <paramref name="text"/>.</summary>
    public int LogLinesContaining(string text)
    {
        using var stream = new FileStream(_logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            count += line.Contains(text, StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The bot built alongside the tests: the test project references it, so its dll and runtimeconfig sit beside the tests'.</summary>
    public static string FindBuiltBot()
    {
        var candidate = Path.Combine(AppContext.BaseDirectory, "SummitBot.dll");
        if (File.Exists(candidate) && File.Exists(Path.Combine(AppContext.BaseDirectory, "SummitBot.runtimeconfig.json")))
        {
            return candidate;
        }

        throw new InvalidOperationException($"The built bot was not found at {candidate}; build the solution first.");
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        if (IsRunning)
        {
            return;
        }

        var start = ServerBinary.Bounded("dotnet", [_dll, "--urls", $"http://127.0.0.1:{Port}"], TimeSpan.FromMinutes(20));
        start.WorkingDirectory = Path.GetDirectoryName(_dll)!;

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(_logFile, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"--- start {++_starts} at {DateTime.UtcNow:O}");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        // Ready when it answers a turn (the index is built at start-up), not merely when the port is open.
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Bot {Name} exited at start-up with code {process.ExitCode}; see {_logFile}");
            }

            try
            {
                var warmUp = TurnPoster.Message($"warm-up-{Name}-{Guid.NewGuid():N}", Guid.NewGuid().ToString("N"), "hello", "http://127.0.0.1:9/", expectReplies: true);
                using var response = await http.PostAsJsonAsync("/api/messages", warmUp);
                if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonObject>())?["activities"] is JsonArray)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Bot {Name} did not answer within {timeout}; see {_logFile}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: the process dies at once, mid-turn if a turn is running.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            _process!.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM: ASP.NET Core finishes the requests it has and exits.</summary>
    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process!.Id.ToString()]))
        {
            await term.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.CompletedTask;
        _process?.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        try
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
