using System.Globalization;

namespace SummitBot.Benchmarks.Benchmarks;

/// <summary>
/// The corpus sizes the benchmarks run at: generated articles beside the shipped one (0 = shipped knowledge only).
/// All three by default; <c>SUMMITBOT_BENCH_ARTICLES=0,1000</c> runs fewer (a 100,000-article run takes a long time).
/// </summary>
public static class CorpusSizes
{
    public static IEnumerable<int> All =>
        Environment.GetEnvironmentVariable("SUMMITBOT_BENCH_ARTICLES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [0, 1000, 100_000];
}
