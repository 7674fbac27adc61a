using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SummitBot.Benchmarks.Http;

/// <summary>
/// The bot as its own process on 127.0.0.1 (so its RSS is its own): Warning-level logging, rate limiting off,
/// optionally the fixed-reply switch; stopped and its index folder removed on dispose.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _indexToRemove;

    private BotUnderTest(Process process, Uri url, string? indexToRemove)
    {
        _process = process;
        Url = url;
        _indexToRemove = indexToRemove;
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    /// <summary>From process start to the first answered turn over HTTP.</summary>
    public TimeSpan StartupToFirstAnswer { get; private set; }

    /// <summary>CPU time the bot used up to its first answer: what start-up costs on a machine others share.</summary>
    public TimeSpan StartupCpu { get; private set; }

    public static async Task<BotUnderTest> StartAsync(string botDll, string workingDirectory, string knowledge, string indexPath, bool fixedReply, bool removeIndex)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
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
                ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
                ["RateLimiting__Enabled"] = "false",
                ["Knowledge__Path"] = knowledge,
                ["Search__IndexPath"] = indexPath,
                ["Benchmark__FixedReply"] = fixedReply ? "true" : "false",
            },
        };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotUnderTest(process, url, removeIndex ? indexPath : null);
        try
        {
            await bot.WaitForFirstAnswerAsync(TimeSpan.FromMinutes(5));
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        bot.StartupToFirstAnswer = clock.Elapsed;
        bot.StartupCpu = TimeSpan.FromMilliseconds(bot.CpuMs());
        return bot;
    }

    /// <summary>Resident set size from <c>/proc/&lt;pid&gt;/status</c> (VmRSS), in MB; null once the process is gone.</summary>
    public double? RssMb()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
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
        // Fields after the command name (which is in parentheses and may hold spaces); utime and stime are 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100;
    }

    /// <summary>The machine's 1-minute load average: how contended the shared machine was during a run.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_indexToRemove is not null && Directory.Exists(_indexToRemove))
        {
            Directory.Delete(_indexToRemove, recursive: true);
        }
    }

    private async Task WaitForFirstAnswerAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        var body = Turns.Body("startup", 1, "where is the second summit?");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} during start-up");
            }

            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(Turns.Path, content);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"the bot gave no answer within {timeout.TotalSeconds} s");
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
