using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SummitBot.LoadTest;

/// <summary>
/// The bot under load, started as its own process on 127.0.0.1 (so its memory is its own), with rate limiting off and
/// Warning-level logs, on the repository's knowledge and a fresh index folder; stopped on dispose.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _indexFolder;

    private BotProcess(Process process, Uri url, string indexFolder)
    {
        _process = process;
        Url = url;
        _indexFolder = indexFolder;
    }

    public Uri Url { get; }

    public int Id => _process.Id;

    public static async Task<BotProcess> StartAsync(string botDll, string repoRoot, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(botDll))
        {
            throw new FileNotFoundException($"bot not found at {botDll}: build it first (dotnet build src/SummitBot -c Release -o <folder>)");
        }

        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var index = Path.Combine(Path.GetTempPath(), "summitbot-load", $"index-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { botDll, "--urls", url.ToString().TrimEnd('/') },
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["RateLimiting__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Knowledge__Path"] = Path.Combine(repoRoot, "knowledge"),
                ["Search__IndexPath"] = index,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, url, index);
        await bot.WaitReadyAsync(TimeSpan.FromSeconds(90));
        return bot;
    }

    /// <summary>Resident set size of a process, from <c>/proc/&lt;pid&gt;/status</c> (VmRSS), in MB.</summary>
    public static double? RssMb(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? null : double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_indexFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} during start-up");
            }

            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
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

            await Task.Delay(250);
        }

        throw new TimeoutException($"the bot was not ready within {timeout.TotalSeconds} s");
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
