using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using SummitBot.Benchmarks.Corpus;
using SummitBot.Tests.QuestionSet;
using SummitBot.Tests.Support;
using SummitBot.TestTools;

namespace SummitBot.Benchmarks.Http;

/// <summary>
/// <c>http</c>: turns per second and p50/p99 latency over <c>/api/messages</c> with expectReplies, at each connection
/// count, for a bare echo bot on the same SDK (the SDK's own floor), the fixed-reply host (the bot with answering
/// replaced) and the answering bot, each started fresh as its own process in the same run, so their ratios are of one
/// run; with <c>--rounds N</c> each is loaded N times, in turn, and the ratios are given per round and as their
/// median. The conversations are the question set's, one conversation per case, so follow-ups carry context. RSS is
/// sampled every 250 ms during load. Results go to standard output and to <c>generated/results/http.jsonl</c>.
/// </summary>
internal static class HttpBenchmark
{
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output)
    {
        var articles = options.Int("articles", 0);
        var connections = options.Ints("connections", [1, 16]);
        var seconds = options.Int("seconds", 15);
        var warmUp = options.Int("warmup", 3);
        var variants = (options.String("variants") ?? "echo,fixed,answering").Split(',');
        var rounds = Math.Max(1, options.Int("rounds", 1));
        var prewarm = options.Int("prewarm", 0);
        var botDll = options.String("bot") ?? Path.Combine(AppContext.BaseDirectory, "SummitBot.dll");
        if (!File.Exists(botDll))
        {
            output.WriteLine($"bot not found at {botDll}; pass --bot path/to/SummitBot.dll");
            return 2;
        }

        var withFacts = options.Flag("with-facts");
        var knowledge = CorpusGenerator.Ensure(articles, log: output, withFacts: withFacts);
        // A stable index folder per corpus: built by the first bot of the run, reused by the next (as a restart would).
        var index = CorpusGenerator.IndexFor(articles, withFacts);
        output.WriteLine($"HTTP benchmark: {(articles == 0 ? "shipped knowledge" : $"{articles:N0} generated articles")}, connections {string.Join('/', connections)}, " +
            $"{seconds} s per run after {warmUp} s warm-up, {Environment.ProcessorCount} cores, bot {botDll}");

        // Every variant is started first (one at a time, so start-up is timed alone) and then loaded in turn, round after
        // round, the order reversed each round: the machine's speed drifts over minutes, and alternating short runs of
        // the variants puts each round's ratio on the same machine, where one long run each would not.
        var bots = new List<BotProcess>();
        try
        {
            foreach (var variant in variants)
            {
                var bot = await StartBotAsync(variant, botDll, knowledge, index);
                bots.Add(bot);
                output.WriteLine($"{variant}: start-up to first answer {bot.StartupToReady.TotalSeconds:F2} s (CPU {bot.StartupCpu.TotalSeconds:F2} s), RSS idle {bot.RssMb():F0} MB");
            }

            // The answering bot runs far more code than the echo bot, and the runtime recompiles it optimized only after
            // some seconds of load: an untimed load of every bot first, so the first round does not time its warm-up.
            if (prewarm > 0)
            {
                for (var i = 0; i < bots.Count; i++)
                {
                    await LoadAsync(bots[i], variants[i], articles, connections.Max(), TimeSpan.Zero, TimeSpan.FromSeconds(prewarm));
                }

                output.WriteLine($"every bot loaded {prewarm} s untimed at {connections.Max()} connections first");
            }

            var results = new List<HttpResult>();
            for (var round = 1; round <= rounds; round++)
            {
                var order = round % 2 == 1 ? variants.Select((v, i) => (v, i)) : variants.Select((v, i) => (v, i)).Reverse();
                foreach (var (variant, i) in order)
                {
                    foreach (var c in connections)
                    {
                        var result = await LoadAsync(bots[i], variant, articles, c, TimeSpan.FromSeconds(warmUp), TimeSpan.FromSeconds(seconds)) with { Round = round };
                        results.Add(result);
                        output.WriteLine(FormattableString.Invariant(
                            $"  {(rounds > 1 ? $"round {round}: " : string.Empty)}{variant,-9} c={c,-3} {result.TurnsPerSecond,8:F0} turns/s  p50 {result.P50Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}  bot CPU {result.BotCpuMsPerTurn:F2} ms/turn  RSS max {result.RssMaxMb:F0} MB  load avg {result.LoadAverage:F1}"));
                    }
                }
            }

            HttpRatios.Write(results, connections, rounds, output);
            var file = Path.Combine(RepoPaths.Root, "generated", "results", "http.jsonl");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.AppendAllLinesAsync(file, results.Select(r => JsonSerializer.Serialize(r)));
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// One variant as its own process on 127.0.0.1 (so its RSS is its own): Warning-level logging, every production
    /// feature on (state, replay guard, metrics and traces, rate limiting with generous limits);
    /// ready at its first answered turn, so start-up is timed to the first answer. <c>answering</c> is the bot's dll;
    /// <c>echo</c> and <c>fixed</c> are this program's <c>serve</c> command (<see cref="Hosts.ServeCommand"/>). The index
    /// folder is kept for the next bot of the run.
    /// </summary>
    private static Task<BotProcess> StartBotAsync(string variant, string botDll, string knowledge, string index) =>
        BotProcess.StartAsync(new BotProcessOptions
        {
            Program = variant == "answering" ? botDll : typeof(HttpBenchmark).Assembly.Location,
            Arguments = variant switch
            {
                "answering" => [],
                "echo" or "fixed" => ["serve", variant],
                _ => throw new ArgumentException($"unknown variant {variant}: echo, fixed or answering"),
            },
            WorkingDirectory = RepoPaths.Root,
            Name = variant,
            Readiness = BotReadiness.FirstAnswer(TimeSpan.FromMinutes(5), Turns.Path, Turns.Body("startup", 1, "where is the second summit?")),
            Settings = new Dictionary<string, string>
            {
                ["Knowledge:Path"] = knowledge,
                ["Search:IndexPath"] = index,
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                // Every production feature on: rate limiting too, configured but generous (no turn of the run is refused).
                ["RateLimiting:Enabled"] = "true",
                ["RateLimiting:ClientPermitsPerMinute"] = "10000000",
                ["RateLimiting:ConversationPermitsPerMinute"] = "1000000",
            },
        });

    /// <summary>The machine's 1-minute load average: how contended the shared machine was during a run.</summary>
    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static async Task<HttpResult> LoadAsync(BotProcess bot, string variant, int articles, int connections, TimeSpan warmUp, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = bot.Url, Timeout = TimeSpan.FromSeconds(30) };
        var cases = QuestionCase.All;
        var latencies = new List<double>[connections];
        var errors = 0;
        var measuring = false;
        var stop = false;
        double rssMax = 0;
        var run = $"{variant}-c{connections}-{Guid.NewGuid().ToString("N")[..6]}";

        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(100_000);
            var turn = 0;
            for (var k = w; !Volatile.Read(ref stop); k += connections)
            {
                var c = cases[k % cases.Count];
                var conversation = $"{run}-w{w}-{k}";
                foreach (var question in c.Ask)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var content = new StringContent(Turns.Body(conversation, ++turn, question), Encoding.UTF8, "application/json");
                    try
                    {
                        using var response = await http.PostAsync(Turns.Path, content);
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    if (Volatile.Read(ref measuring))
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            }
        })).ToList();

        await Task.Delay(warmUp);
        foreach (var list in latencies)
        {
            list?.Clear();
        }

        var errorsBefore = Volatile.Read(ref errors);
        Volatile.Write(ref measuring, true);
        var cpuBefore = bot.CpuMs();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            rssMax = Math.Max(rssMax, bot.RssMb() ?? 0);
            await Task.Delay(250);
        }

        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed;
        var cpu = bot.CpuMs() - cpuBefore;
        var load = LoadAverage();
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);

        var all = latencies.SelectMany(l => l).ToList();
        all.Sort();
        return new HttpResult(
            variant, articles, connections, all.Count / elapsed.TotalSeconds,
            Check.QuestionSetCheck.Percentile(all, 0.50), Check.QuestionSetCheck.Percentile(all, 0.99),
            errors - errorsBefore, rssMax, bot.StartupToReady.TotalSeconds, all.Count == 0 ? double.NaN : cpu / all.Count, load,
            DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture));
    }
}

/// <summary>One HTTP benchmark run: a variant at one connection count.</summary>
internal sealed record HttpResult(
    string Variant, int Articles, int Connections, double TurnsPerSecond, double P50Ms, double P99Ms, int Errors,
    double RssMaxMb, double StartupSeconds, double BotCpuMsPerTurn, double LoadAverage, string At)
{
    /// <summary>Which round of the run (from 1): the variants are loaded in turn once per round.</summary>
    public int Round { get; init; } = 1;
}
