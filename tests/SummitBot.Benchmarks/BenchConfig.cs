using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SummitBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet settings. Benchmarks run in-process (no generated project to build: the repository's central
/// package management and warnings-as-errors would get in its way) with the memory diagnoser, and with short,
/// bounded jobs because the machine is shared: see docs/benchmarks.md.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Tests.Support.RepoPaths.Root, "generated", "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);

    /// <summary>Many fast operations: a short run (3 warm-ups, 3 iterations).</summary>
    public sealed class Fast : ManualConfig
    {
        public Fast() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inprocess"));
    }

    /// <summary>Operations of seconds to minutes: each timed once per iteration, one warm-up, three iterations.</summary>
    public sealed class Slow : ManualConfig
    {
        public Slow() => AddJob(Job.Dry
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("monitoring-inprocess"));
    }
}
