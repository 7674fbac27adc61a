using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SummitBot.TestTools;

/// <summary>
/// The bot started as its own process (<c>dotnet SummitBot.dll --urls http://127.0.0.1:&lt;free port&gt;</c>, so its
/// memory and CPU time are its own) in Production with Warning-level logs, rate limiting off, the given knowledge and
/// index folders and any further settings; its output echoed to standard error as <c>bot| …</c>; stopped (and its
/// index folder removed, if asked) on dispose. RSS and CPU time come from <c>/proc</c>, so this is for Linux.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _indexToRemove;

    private BotProcess(Process process, Uri url, string? indexToRemove)
    {
        _process = process;
        Url = url;
        _indexToRemove = indexToRemove;
    }

    /// <summary>The bot's base address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The bot's process id.</summary>
    public int Pid => _process.Id;

    /// <summary>From process start to ready (as the <see cref="BotReadiness"/> it was started with means it).</summary>
    public TimeSpan StartupToReady { get; private set; }

    /// <summary>CPU time the bot used up to ready: what start-up costs on a machine others share.</summary>
    public TimeSpan StartupCpu { get; private set; }

    /// <summary>
    /// Starts the bot and waits until it is ready. <paramref name="settings"/> are configuration keys
    /// (<c>Section:Key</c>) passed as environment variables after the defaults, so they can override them.
    /// </summary>
    /// <param name="botDll">Path to the built <c>SummitBot.dll</c>.</param>
    /// <param name="workingDirectory">The bot's working directory (the repository root).</param>
    /// <param name="knowledgePath">The knowledge folder (<c>Knowledge:Path</c>).</param>
    /// <param name="indexPath">The index folder (<c>Search:IndexPath</c>).</param>
    /// <param name="removeIndexOnDispose">Whether dispose deletes <paramref name="indexPath"/>.</param>
    /// <param name="readiness">What ready means, and how long to wait for it.</param>
    /// <param name="settings">Further settings of the bot, or null.</param>
    public static async Task<BotProcess> StartAsync(
        string botDll,
        string workingDirectory,
        string knowledgePath,
        string indexPath,
        bool removeIndexOnDispose,
        BotReadiness readiness,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        if (!File.Exists(botDll))
        {
            throw new FileNotFoundException($"bot not found at {botDll}: build it first (dotnet build src/SummitBot -c Release -o <folder>)");
        }

        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { botDll, "--urls", url.ToString().TrimEnd('/') },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                ["RateLimiting__Enabled"] = "false",
                ["Knowledge__Path"] = knowledgePath,
                ["Search__IndexPath"] = indexPath,
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, url, removeIndexOnDispose ? indexPath : null);
        try
        {
            await bot.WaitReadyAsync(readiness);
            bot.StartupToReady = clock.Elapsed;
            bot.StartupCpu = TimeSpan.FromMilliseconds(bot.CpuMs());
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>The bot's resident set size (VmRSS of <c>/proc/&lt;pid&gt;/status</c>), in MB; null once it is gone.</summary>
    public double? RssMb() => RssMb(Pid);

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

    /// <summary>Stops the bot (its whole process tree) and removes its index folder if it was started so.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_indexToRemove is not null)
        {
            try
            {
                Directory.Delete(_indexToRemove, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task WaitReadyAsync(BotReadiness readiness)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = readiness.RequestTimeout };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < readiness.Timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} during start-up");
            }

            if (await readiness.ProbeAsync(http))
            {
                return;
            }

            await Task.Delay(readiness.PollInterval);
        }

        throw new TimeoutException(readiness.TimeoutMessage);
    }

    private static void Echo(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine("bot| " + line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
