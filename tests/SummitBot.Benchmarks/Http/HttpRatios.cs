using System.Globalization;

namespace SummitBot.Benchmarks.Http;

/// <summary>
/// The ratios of an HTTP run: answering ÷ echo, fixed ÷ echo and answering ÷ fixed at each connection count, of
/// throughput, bot CPU per turn and peak RSS; per round and, over several rounds, the median of the rounds' ratios
/// (each round's ratio is of runs minutes apart at most, so a drift of the machine's speed moves it little).
/// </summary>
internal static class HttpRatios
{
    private static readonly (string Variant, string Floor)[] Pairs = [("answering", "echo"), ("fixed", "echo"), ("answering", "fixed")];

    public static void Write(IReadOnlyList<HttpResult> results, IReadOnlyList<int> connections, int rounds, TextWriter output)
    {
        foreach (var c in connections)
        {
            foreach (var (variant, floor) in Pairs)
            {
                var throughput = new List<double>();
                for (var round = 1; round <= rounds; round++)
                {
                    var run = Find(results, variant, c, round);
                    var under = Find(results, floor, c, round);
                    if (run is null || under is null)
                    {
                        continue;
                    }

                    throughput.Add(run.TurnsPerSecond / under.TurnsPerSecond);
                    output.WriteLine(FormattableString.Invariant(
                        $"c={c}: {(rounds > 1 ? $"round {round}: " : string.Empty)}{variant}/{floor}: throughput {run.TurnsPerSecond / under.TurnsPerSecond:F2}, bot CPU per turn {run.BotCpuMsPerTurn / under.BotCpuMsPerTurn:F2}, RSS {run.RssMaxMb / under.RssMaxMb:F2}"));
                }

                if (throughput.Count > 1)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"c={c}: {variant}/{floor}: throughput median of {throughput.Count} rounds {Median(throughput):F2} (rounds {string.Join(", ", throughput.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))})"));
                }
            }
        }
    }

    private static HttpResult? Find(IReadOnlyList<HttpResult> results, string variant, int connections, int round) =>
        results.FirstOrDefault(r => r.Variant == variant && r.Connections == connections && r.Round == round);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
