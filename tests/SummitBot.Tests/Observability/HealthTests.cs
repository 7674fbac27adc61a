using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SummitBot.Observability;
using SummitBot.Tests.Support;

namespace SummitBot.Tests.Observability;

/// <summary><c>/healthz</c> says the process is alive; <c>/readyz</c> says whether it can answer, and if not, why.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task HealthzAnswers200WhileTheBotRuns()
    {
        await using var bot = ObservedBot.Start(new LogCapture());

        using var response = await bot.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadyzIsHealthyWithTheIndexLoadedAndTheStorageReachable()
    {
        await using var bot = ObservedBot.Start(new LogCapture());

        var (status, body) = await ReadyAsync(bot.CreateClient());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
        var index = body["checks"]!["knowledge"]!["data"]!["index"]!;
        Assert.Equal("Ready", (string?)index["state"]);
        Assert.True((int)index["data"]!["facts"]! > 0);
        Assert.Equal("Healthy", (string?)body["checks"]!["storage"]!["status"]);
    }

    [Fact]
    public async Task ReadyzIsDegradedAndNamesTheFileWhenAKnowledgeFileIsBroken()
    {
        var knowledge = RepoPaths.NewTempFolder("knowledge");
        CopyFolder(RepoPaths.Knowledge, knowledge);
        File.WriteAllText(Path.Combine(knowledge, "facts", "broken-on-purpose.facts"), "id: \n[[[ not a fact\n  : : :\n\u0000\n");
        await using var bot = ObservedBot.Start(new LogCapture(), new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge });

        var (status, body) = await ReadyAsync(bot.CreateClient());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", (string?)body["status"]);
        Assert.Contains("broken-on-purpose.facts", (string?)body["checks"]!["knowledge"]!["description"]);
    }

    [Fact]
    public async Task ReadyzIsDegradedAndSaysWhyWhenAProbeIsDegraded()
    {
        await using var bot = ObservedBot.Start(new LogCapture(), services: s =>
            s.AddSingleton<IReadinessProbe>(new FixedProbe(ReadinessState.Degraded, "1 knowledge file skipped: facts/bad.yaml line 3")));

        var (status, body) = await ReadyAsync(bot.CreateClient());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", (string?)body["status"]);
        Assert.Contains("facts/bad.yaml line 3", (string?)body["checks"]!["knowledge"]!["description"]);
    }

    [Fact]
    public async Task ReadyzIs503WhenTheIndexIsNotLoadedWhileHealthzStays200()
    {
        await using var bot = ObservedBot.Start(new LogCapture(), services: s =>
            s.AddSingleton<IReadinessProbe>(new FixedProbe(ReadinessState.NotReady, "index not loaded")));
        var http = bot.CreateClient();

        var (status, body) = await ReadyAsync(http);
        using var alive = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)body["status"]);
        Assert.Contains("index not loaded", (string?)body["checks"]!["knowledge"]!["description"]);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task ReadyzIs503AndNamesNoServerWhenStorageIsUnreachable()
    {
        await using var bot = ObservedBot.Start(new LogCapture(), services: s =>
        {
            s.RemoveAll<IStorage>();
            s.AddSingleton<IStorage, UnreachableStorage>();
        });

        var (status, body) = await ReadyAsync(bot.CreateClient());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var storage = body["checks"]!["storage"]!;
        Assert.Equal("Unhealthy", (string?)storage["status"]);
        Assert.Contains("not reachable", (string?)storage["description"]);
        Assert.DoesNotContain("10.9.8.7", body.ToJsonString());
    }

    /// <summary>Reads <c>/readyz</c>, waiting (up to 20 s) while the index is still loading.</summary>
    private static async Task<(HttpStatusCode Status, JsonNode Body)> ReadyAsync(HttpClient http)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await http.GetAsync("/readyz");
            Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var loading = body["checks"]?["knowledge"]?["description"]?.ToString().Contains("not loaded yet", StringComparison.Ordinal) == true;
            if (!loading || attempt >= 100)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(200);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class FixedProbe(ReadinessState state, string description) : IReadinessProbe
    {
        public string Name => "test-probe";

        public ReadinessReport Check() => new(state, description);
    }

    /// <summary>Storage whose server cannot be reached; its exception names the server, which must not be shown.</summary>
    private sealed class UnreachableStorage : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new IOException("connection to 10.9.8.7:6379 refused");

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
