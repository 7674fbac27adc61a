using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace SummitBot.Benchmarks.Diagnose;

/// <summary>
/// <c>allocations --trace FILE.nettrace</c>: where a process allocated, from a <c>dotnet-trace collect --profile
/// gc-verbose</c> trace (the runtime samples an allocation about every 100 KB, with its stack): the sampled bytes by
/// type, by the nearest frame of the bot's own code (<c>--frame</c>, default <c>SummitBot</c>), and inclusive per frame of
/// the bot's code. A CPU profile says where time goes; this says which code makes the garbage that costs it.
/// </summary>
internal static class AllocationSummary
{
    public static int Run(CommandOptions options, TextWriter output)
    {
        var trace = options.String("trace");
        if (trace is null || !File.Exists(trace))
        {
            output.WriteLine("usage: allocations --trace FILE.nettrace [--frame SummitBot] [--top 30]");
            return 2;
        }

        var frame = options.String("frame") ?? "SummitBot";
        var top = options.Int("top", 30);
        var byType = new Dictionary<string, double>(StringComparer.Ordinal);
        var nearest = new Dictionary<string, double>(StringComparer.Ordinal);
        var inclusive = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(trace));
        foreach (var traced in log.Events)
        {
            if (traced is not GCAllocationTickTraceData sample)
            {
                continue;
            }

            var bytes = (double)sample.AllocationAmount64;
            total += bytes;
            Add(byType, sample.TypeName, bytes);
            var frames = Frames(sample);
            Add(nearest, frames.FirstOrDefault(f => f.Contains(frame, StringComparison.Ordinal)) ?? "(no frame of " + frame + ")", bytes);
            foreach (var own in frames.Where(f => f.Contains(frame, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
            {
                Add(inclusive, own, bytes);
            }
        }

        output.WriteLine($"{total / 1e6:F1} MB sampled in {trace}");
        Write(output, "by type", byType, total, top);
        Write(output, $"by nearest frame of {frame}", nearest, total, top);
        Write(output, $"inclusive per frame of {frame}", inclusive, total, top);
        return 0;
    }

    private static List<string> Frames(GCAllocationTickTraceData sample)
    {
        var frames = new List<string>();
        for (var stack = sample.CallStack(); stack is not null; stack = stack.Caller)
        {
            frames.Add(stack.CodeAddress.FullMethodName ?? "?");
        }

        return frames;
    }

    private static void Add(Dictionary<string, double> totals, string key, double bytes) =>
        totals[key] = totals.GetValueOrDefault(key) + bytes;

    private static void Write(TextWriter output, string title, Dictionary<string, double> totals, double total, int top)
    {
        output.WriteLine($"--- {title} ---");
        foreach (var (key, bytes) in totals.OrderByDescending(t => t.Value).Take(top))
        {
            output.WriteLine(FormattableString.Invariant($"{100 * bytes / total,5:F1} %  {(key.Length > 160 ? key[..160] : key)}"));
        }
    }
}
