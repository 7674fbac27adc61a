namespace SummitBot.Hosting.Benchmarking;

/// <summary>Benchmark-only switches, section <c>Benchmark</c>. Off unless a benchmark run turns them on.</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Benchmark";

    /// <summary>
    /// Reply to every question with one fixed answer instead of answering it: the same host, channel handling and
    /// reply rendering, without the answering core's work. The HTTP benchmark compares the bot against this floor.
    /// </summary>
    public bool FixedReply { get; set; }
}
