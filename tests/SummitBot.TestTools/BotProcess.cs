using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SummitBot.TestTools;

/// <summary>
/// A bot started as its own process (<c>dotnet SummitBot.dll --urls http://127.0.0.1:&lt;port&gt;</c>, so its memory and
/// CPU time are its own), which can be started, stopped gracefully (SIGTERM), killed (SIGKILL) and started again on
/// the same port. Shared by the service tests, the load test and the HTTP benchmark. RSS and CPU time come from
/// <c>/proc</c>, so this is for Linux.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly BotProcessOptions _options;
    private Process? _process;
    private StreamWriter? _log;
    private int _starts;

    private BotProcess(BotProcessOptions options)
    {
        _options = options;
        Port = options.Port == 0 ? FreePort() : options.Port;
    }

    public string Name => _options.Name;

    public int Port { get; }

    /// <summary>The bot's base address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The bot's own process id (not that of <c>timeout</c> when it runs under a time limit).</summary>
    public int Pid => _options.TimeLimit is null ? _process!.Id : ChildOf(_process!.Id) ?? _process.Id;

    /// <summary>From process start to ready (as the options' <see cref="BotReadiness"/> means it), for the last start.</summary>
    public TimeSpan StartupToReady { get; private set; }

    /// <summary>CPU time the bot used up to ready: what start-up costs on a machine others share.</summary>
    public TimeSpan StartupCpu { get; private set; }

    /// <summary>A bot not started yet (see <see cref="StartAsync()"/>); its port is chosen now.</summary>
    public static BotProcess Create(BotProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BotProcess(options);
    }

    /// <summary>Starts a bot and waits until it is ready.</summary>
    public static async Task<BotProcess> StartAsync(BotProcessOptions options)
    {
        var bot = Create(options);
        try
        {
            await bot.StartAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>Starts the bot (unless it is running) and waits until it is ready; throws if it exits or is not ready in time.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        if (!File.Exists(_options.Program))
        {
            throw new FileNotFoundException($"{_options.Program} not found: build it first");
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(StartInfo()) ?? throw new InvalidOperationException($"could not start {Name}");
        var log = _log ??= _options.LogFile is null ? null : new StreamWriter(_options.LogFile, append: true) { AutoFlush = true };
        if (log is not null)
        {
            // In the log file, where several starts follow one another.
            Write(log, $"--- start {++_starts} at {DateTime.UtcNow:O}");
        }
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        await WaitReadyAsync(process);
        StartupToReady = clock.Elapsed;
        StartupCpu = TimeSpan.FromMilliseconds(CpuMs());
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

    /// <summary>SIGTERM: ASP.NET Core finishes the requests it has and exits (killed if it has not within 15 s).</summary>
    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process!.Id.ToString(CultureInfo.InvariantCulture)]))
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

    /// <summary>How many lines of the bot's log file (all its runs) contain <paramref name="text"/>; 0 without a log file.</summary>
    public int LogLinesContaining(string text)
    {
        if (_options.LogFile is null || !File.Exists(_options.LogFile))
        {
            return 0;
        }

        using var stream = new FileStream(_options.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            count += line.Contains(text, StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The bot's resident set size (VmRSS of <c>/proc/&lt;pid&gt;/status</c>), in MB; null once it is gone.</summary>
    public double? RssMb() => IsRunning ? RssMb(Pid) : null;

    /// <summary>Resident set size of a process (VmRSS of <c>/proc/&lt;pid&gt;/status</c>), in MB; null if there is none.</summary>
    public static double? RssMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kb is null ? null : double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>CPU time the bot process has used (user + system, from <c>/proc/&lt;pid&gt;/stat</c>), in ms.</summary>
    public double CpuMs()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (which is in parentheses and may hold spaces); utime and stime are 14 and 15,
        // in clock ticks of 1/100 s.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100;
    }

    /// <summary>Kills the bot (its whole process tree) and removes its index folder if it was started so.</summary>
    public async ValueTask DisposeAsync()
    {
        Kill();
        if (_process is not null)
        {
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        lock (_options)
        {
            _log?.Dispose();
            _log = null;
        }

        if (_options.RemoveOnDispose is { } folder)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private ProcessStartInfo StartInfo()
    {
        IEnumerable<string> command = [_options.Program, .. _options.Arguments, "--urls", $"http://127.0.0.1:{Port}"];
        var start = new ProcessStartInfo(_options.TimeLimit is null ? "dotnet" : "timeout")
        {
            WorkingDirectory = _options.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_options.TimeLimit is { } limit)
        {
            // SIGTERM after the limit, SIGKILL 5 s later; a SIGTERM sent to timeout is passed on to the bot.
            command = ["--kill-after=5", ((int)limit.TotalSeconds).ToString(CultureInfo.InvariantCulture), "dotnet", .. command];
        }

        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["RateLimiting__Enabled"] = "false";
        foreach (var (key, value) in _options.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private async Task WaitReadyAsync(Process process)
    {
        var readiness = _options.Readiness;
        using var http = new HttpClient { BaseAddress = Url, Timeout = readiness.RequestTimeout };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < readiness.Timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} during start-up{LogHint}");
            }

            if (await readiness.ProbeAsync(http))
            {
                return;
            }

            await Task.Delay(readiness.PollInterval);
        }

        throw new TimeoutException($"{Name}: {readiness.TimeoutMessage}{LogHint}");
    }

    private string LogHint => _options.LogFile is null ? string.Empty : $"; see {_options.LogFile}";

    private void Write(StreamWriter? log, string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        if (log is null)
        {
            Console.Error.WriteLine($"{Name}| {line}");
            return;
        }

        lock (_options)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>The first child of a process (the bot under <c>timeout</c>), from <c>/proc</c>.</summary>
    private static int? ChildOf(int pid)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return children.Length > 0 ? int.Parse(children[0], CultureInfo.InvariantCulture) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
