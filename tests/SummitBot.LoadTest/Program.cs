using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SummitBot.LoadTest;
using SummitBot.Tests.QuestionSet;
using SummitBot.Tests.Support;
using SummitBot.TestTools;

// Load test: the question set's conversations at a fixed concurrency for a bounded time, every reply judged.
// Exit code 0 when there was no 5xx, no transport error, no wrong answer and memory stayed flat after warm-up.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var cases = QuestionCase.All;
// The bot under load, unless --url (see BotOptions below).
await using var bot = options.Url is null
    ? await BotProcess.StartAsync(BotOptions(options.BotDll ?? DefaultBot(), options.BotSettings))
    : null;
var url = options.Url ?? bot!.Url;
var pid = bot?.Pid;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 })
{
    BaseAddress = url,
    Timeout = TimeSpan.FromSeconds(30),
};

Console.WriteLine($"SummitBot load test: {cases.Count} question-set cases, concurrency {options.Concurrency}, {options.Duration.TotalSeconds:F0} s " +
    $"(warm-up {options.WarmUp.TotalSeconds:F0} s) against {url}{(pid is null ? string.Empty : $" (pid {pid})")}");

var results = new LoadResults();
var clock = Stopwatch.StartNew();
var rssAtStart = pid is null ? null : BotProcess.RssMb(pid.Value);
double? rssAfterWarmUp = null;
double? heapAfterWarmUp = null;
var turnsAfterWarmUp = 0;
using var stop = new CancellationTokenSource(options.Duration);

// Memory is sampled every 2 s; the sample nearest the end of warm-up is the baseline for "flat".
var sampler = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested && pid is not null)
    {
        var rss = BotProcess.RssMb(pid.Value);
        if (rss is not null)
        {
            results.Memory.Add((clock.Elapsed.TotalSeconds, results.Turns, rss.Value));
            if (rssAfterWarmUp is null && clock.Elapsed >= options.WarmUp)
            {
                rssAfterWarmUp = rss;
                turnsAfterWarmUp = results.Turns;
                heapAfterWarmUp = await ManagedHeap.MbAsync(http);
            }
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
});

var nextCase = options.Seed;
var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
{
    var played = 0;
    while (!stop.IsCancellationRequested)
    {
        var c = cases[(int)((uint)Interlocked.Increment(ref nextCase) % (uint)cases.Count)];
        var conversation = new Conversation(http, $"load-{worker}-{played++}-{c.Id}");
        for (var i = 0; i < c.Ask.Count; i++)
        {
            // A started conversation is finished even past the deadline, so its last answer is judged.
            var turn = await conversation.AskAsync(c.Ask[i], CancellationToken.None);
            results.Turn(turn);
            if (turn.Reply is null)
            {
                break;
            }

            if (i == c.Ask.Count - 1)
            {
                if (QuestionSetJudge.Judge(c, turn.Reply) is { } problem)
                {
                    results.Wrong(c.Id, problem);
                }

                results.ConversationDone();
            }
        }
    }
})).ToArray();

await Task.WhenAll(workers);
var elapsed = clock.Elapsed;
await sampler;
var rssAtEnd = pid is null ? null : BotProcess.RssMb(pid.Value);
var heapAtEnd = await ManagedHeap.MbAsync(http);

var growth = rssAtEnd - rssAfterWarmUp;
var perThousand = growth is not null && results.Turns > turnsAfterWarmUp ? growth / (results.Turns - turnsAfterWarmUp) * 1000 : null;
var memoryFlat = growth is null || growth <= options.MaxRssGrowthMb;

string Mb(double? value) => value is null ? "n/a" : value.Value.ToString("F1", CultureInfo.InvariantCulture) + " MB";
Console.WriteLine($"turns:           {results.Turns} in {results.Conversations} conversations, {elapsed.TotalSeconds:F1} s, {results.Turns / elapsed.TotalSeconds:F1} turns/s");
Console.WriteLine($"latency:         p50 {results.Percentile(50):F2} ms, p95 {results.Percentile(95):F2} ms, p99 {results.Percentile(99):F2} ms, max {results.MaxMs:F2} ms");
Console.WriteLine($"errors:          {results.ServerErrors} 5xx, {results.OtherErrors} other (4xx, transport, no reply)");
Console.WriteLine($"wrong answers:   {results.WrongAnswers}");
Console.WriteLine($"bot RSS:         start {Mb(rssAtStart)}, after warm-up {Mb(rssAfterWarmUp)}, end {Mb(rssAtEnd)} " +
    $"(growth after warm-up {Mb(growth)}{(perThousand is null ? string.Empty : $", {perThousand:F3} MB per 1000 turns")})");
Console.WriteLine($"managed heap:    after warm-up {Mb(heapAfterWarmUp)}, end {Mb(heapAtEnd)} (after the last GC, from the bot's /metrics)");
foreach (var (failure, count) in results.Failures)
{
    Console.WriteLine($"  {count,5} x {failure}");
}

if (options.JsonPath is not null)
{
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(new
    {
        concurrency = options.Concurrency,
        seconds = Math.Round(elapsed.TotalSeconds, 1),
        turns = results.Turns,
        conversations = results.Conversations,
        turnsPerSecond = Math.Round(results.Turns / elapsed.TotalSeconds, 1),
        p50Ms = Math.Round(results.Percentile(50), 2),
        p95Ms = Math.Round(results.Percentile(95), 2),
        p99Ms = Math.Round(results.Percentile(99), 2),
        serverErrors = results.ServerErrors,
        otherErrors = results.OtherErrors,
        wrongAnswers = results.WrongAnswers,
        rssStartMb = rssAtStart,
        rssAfterWarmUpMb = rssAfterWarmUp,
        rssEndMb = rssAtEnd,
        heapAfterWarmUpMb = heapAfterWarmUp,
        heapEndMb = heapAtEnd,
        memory = results.Memory.Select(m => new { m.Seconds, m.Turns, m.RssMb }),
    }, new JsonSerializerOptions { WriteIndented = true }));
}

var passed = results.ServerErrors == 0 && results.OtherErrors == 0 && results.WrongAnswers == 0 && results.Turns > 0 && memoryFlat;
Console.WriteLine(passed ? "load test: passed" : "load test: FAILED" + (memoryFlat ? string.Empty : $" (RSS grew more than {options.MaxRssGrowthMb} MB after warm-up)"));
return passed ? 0 : 1;

static string DefaultBot()
{
    var candidates = new[]
    {
        Path.Combine(AppContext.BaseDirectory, "bot", "SummitBot.dll"),
        Path.Combine(RepoPaths.Root, "artifacts", "bin", "SummitBot", "release", "SummitBot.dll"),
        Path.Combine(RepoPaths.Root, "src", "SummitBot", "bin", "Release", "net10.0", "SummitBot.dll"),
    };
    return candidates.FirstOrDefault(File.Exists) ?? candidates[^1];
}

// The bot's own process on 127.0.0.1 (so its memory is its own), rate limiting off, Warning-level logs, the repository's
// knowledge and a fresh index folder (removed when it stops); ready at /readyz.
static BotProcessOptions BotOptions(string botDll, IReadOnlyDictionary<string, string> settings)
{
    var index = Path.Combine(Path.GetTempPath(), "summitbot-load", $"index-{Guid.NewGuid():N}");
    var all = new Dictionary<string, string> { ["Knowledge:Path"] = RepoPaths.Knowledge, ["Search:IndexPath"] = index };
    foreach (var (key, value) in settings)
    {
        all[key] = value;
    }

    return new BotProcessOptions
    {
        Program = botDll,
        WorkingDirectory = RepoPaths.Root,
        Settings = all,
        Readiness = BotReadiness.Health(TimeSpan.FromSeconds(90)),
        RemoveOnDispose = index,
    };
}
