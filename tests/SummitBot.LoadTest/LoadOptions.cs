using System.Globalization;

namespace SummitBot.LoadTest;

/// <summary>Command-line options: <c>--duration 60s --concurrency 8 [--url http://… | --bot path/SummitBot.dll] [--json file]</c>.</summary>
internal sealed record LoadOptions(
    TimeSpan Duration,
    int Concurrency,
    Uri? Url,
    string? BotDll,
    string? JsonPath,
    TimeSpan WarmUp,
    double MaxRssGrowthMb,
    int Seed,
    IReadOnlyDictionary<string, string> BotSettings)
{
    public const string Usage =
        "usage: SummitBot.LoadTest [--duration 60s] [--concurrency 8] [--url http://127.0.0.1:3978 | --bot path/to/SummitBot.dll]\n" +
        "                          [--warmup 10s] [--max-rss-growth-mb 150] [--json results.json] [--seed 1]\n" +
        "                          [--set Section:Key=value ...]   (settings of the started bot, e.g. --set State:MaxItems=5000)";

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var (name, value) = (args[i][2..], args[++i]);
            if (name == "set")
            {
                var equals = value.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new ArgumentException($"--set takes Key=value, not '{value}'");
                }

                settings[value[..equals]] = value[(equals + 1)..];
            }
            else
            {
                values[name] = value;
            }
        }

        var duration = Time(values.GetValueOrDefault("duration", "60s"));
        return new LoadOptions(
            duration,
            int.Parse(values.GetValueOrDefault("concurrency", "8"), CultureInfo.InvariantCulture),
            values.TryGetValue("url", out var url) ? new Uri(url) : null,
            values.GetValueOrDefault("bot"),
            values.GetValueOrDefault("json"),
            values.TryGetValue("warmup", out var warmUp) ? Time(warmUp) : TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(10).Ticks, duration.Ticks / 6)),
            double.Parse(values.GetValueOrDefault("max-rss-growth-mb", "150"), CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture),
            settings);
    }

    /// <summary>"90s", "10m", "1h" or a plain number of seconds.</summary>
    private static TimeSpan Time(string text)
    {
        var unit = text[^1];
        var number = char.IsDigit(unit) ? text : text[..^1];
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch
        {
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }
}
