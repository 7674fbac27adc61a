using System.Text.RegularExpressions;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Observability;

/// <summary><c>/metrics</c> is a Prometheus scrape with the bot's own counters and latency histogram, and ASP.NET Core's.</summary>
public sealed partial class MetricsTests
{
    [Fact]
    public async Task MetricsCountTurnsAndAnswersByKindAfterATurn()
    {
        await using var bot = ObservedBot.Start(new LogCapture());
        var http = bot.CreateClient();
        var client = new ActivityClient(http, "metrics");
        await client.AskAsync("where is the second summit?");
        await client.AskAsync("Where will the third summit be held?");

        var scrape = await ScrapeAsync(http, "summitbot_answers_total");

        // At least: other tests' bots in this process publish on a meter of the same name.
        Assert.True(Value(scrape, "summitbot_turns_total", "activity_type=\"message\"") >= 2, scrape);
        Assert.True(Sum(scrape, "summitbot_answers_total") >= 2, scrape);
        Assert.True(Value(scrape, "summitbot_answers_total", "kind=\"declined\"") >= 1, scrape);
        Assert.True(Sum(scrape, "summitbot_answer_duration_seconds_count") >= 2, scrape);
        Assert.Contains("summitbot_answer_duration_seconds_bucket{", scrape);
        Assert.Contains("http_server_request_duration_seconds", scrape);
    }

    /// <summary>Scrapes until <paramref name="name"/> appears (the exporter caches a scrape for a short while).</summary>
    private static async Task<string> ScrapeAsync(HttpClient http, string name)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 30 && !text.Contains(name, StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(200);
            }

            text = await http.GetStringAsync("/metrics");
        }

        return text;
    }

    private static double Sum(string scrape, string name) =>
        Samples(scrape, name).Sum(s => s.Value);

    private static double Value(string scrape, string name, string label) =>
        Samples(scrape, name).Where(s => s.Labels.Contains(label, StringComparison.Ordinal)).Sum(s => s.Value);

    private static IEnumerable<(string Labels, double Value)> Samples(string scrape, string name) =>
        Sample().Matches(scrape)
            .Where(m => m.Groups["name"].Value == name)
            .Select(m => (m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})? (?<value>[-+0-9.eE]+|NaN)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
