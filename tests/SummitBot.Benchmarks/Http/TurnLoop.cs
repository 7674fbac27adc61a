using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using SummitBot.Benchmarks.Hosts;
using SummitBot.Hosting;
using SummitBot.Tests.QuestionSet;
using SummitBot.Tests.Support;

namespace SummitBot.Benchmarks.Http;

/// <summary>
/// <c>turns</c>: the whole turn path of one host (echo, fixed or answering) in this process, on ASP.NET Core's in-memory
/// server, one turn at a time for a fixed time: the question set's conversations posted to <c>/api/messages</c> with
/// expectReplies. Prints CPU and bytes allocated per turn, which, unlike throughput over sockets, hardly move when others
/// use the machine; and it is steady, so dotnet-trace can be attached (the process id is printed first).
/// <c>--set Key=Value,Key=Value</c> changes the host's settings (e.g. <c>State:Replay:Enabled=false</c>) to price a feature.
/// </summary>
internal static class TurnLoop
{
    public static async Task<int> RunAsync(CommandOptions options, TextWriter output)
    {
        var variant = options.String("variant") ?? "answering";
        var duration = TimeSpan.FromSeconds(options.Int("seconds", 10));
        var settings = Settings(options.String("set"));
        await using var host = Start(variant, settings, out var http);
        output.WriteLine($"pid {Environment.ProcessId}: {variant} turns in a loop for {duration.TotalSeconds:F0} s{(settings.Count > 0 ? " with " + string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}")) : string.Empty)}");

        await RunTurnsAsync(http, "warm-up", TimeSpan.FromSeconds(3));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var turns = await RunTurnsAsync(http, "run", duration);
        var wall = clock.Elapsed;
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        output.WriteLine(FormattableString.Invariant(
            $"{variant}: {turns} turns in {wall.TotalSeconds:F1} s: {turns / wall.TotalSeconds:F0}/s, {used.TotalMicroseconds / turns:F0} µs CPU and {bytes / (double)turns / 1024:F1} KB allocated per turn (client side included), {GC.CollectionCount(0) - collections} gen0 GCs"));
        return 0;
    }

    private static async Task<long> RunTurnsAsync(HttpClient http, string run, TimeSpan duration)
    {
        var cases = QuestionCase.All;
        var clock = Stopwatch.StartNew();
        long turns = 0;
        for (var k = 0; clock.Elapsed < duration; k++)
        {
            var conversation = $"{run}-{k}";
            var turn = 0;
            foreach (var question in cases[k % cases.Count].Ask)
            {
                using var content = new StringContent(Turns.Body(conversation, ++turn, question), Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(Turns.Path, content);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"turn answered {(int)response.StatusCode}");
                }

                turns++;
            }
        }

        return turns;
    }

    private static IAsyncDisposable Start(string variant, Dictionary<string, string> settings, out HttpClient http)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SUMMITBOT", RepoPaths.Root);
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Production");
        var all = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Knowledge:Path"] = RepoPaths.Knowledge,
            ["Search:IndexPath"] = Path.Combine(Path.GetTempPath(), "summitbot-turns", "index"),
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:ClientPermitsPerMinute"] = "10000000",
            ["RateLimiting:ConversationPermitsPerMinute"] = "1000000",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        if (variant == "echo")
        {
            var app = EchoBotHost.Build([.. all.Select(s => $"--{s.Key}={s.Value}")], inMemory: true);
            app.StartAsync().GetAwaiter().GetResult();
            http = app.GetTestClient();
            return app;
        }

        var factory = new WebApplicationFactory<SummitBotAdapter>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(RepoPaths.Root);
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }

            if (variant == "fixed")
            {
                builder.ConfigureTestServices(services =>
                    Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddKeyedSingleton<SummitBot.Answering.IAnswerService, FixedReplyAnswerService>(services, AnsweringSetup.CoreKey));
            }
        });
        http = factory.CreateClient();
        return factory;
    }

    private static Dictionary<string, string> Settings(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty);
}
