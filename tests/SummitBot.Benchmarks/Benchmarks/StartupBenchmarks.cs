using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Benchmarks.Answering;
using SummitBot.Benchmarks.Corpus;

namespace SummitBot.Benchmarks.Benchmarks;

/// <summary>
/// Start-up to first answer inside one process: register the answering core, load the knowledge, open the index
/// (already built for this knowledge, as after a restart; a fresh build is <see cref="IndexBuildBenchmarks"/>), prepare
/// the answering model and answer the first question. Process start and JIT are in the <c>http</c> command's figure.
/// </summary>
[Config(typeof(BenchConfig.Slow))]
public class StartupBenchmarks
{
    private string _knowledge = string.Empty;
    private string _index = string.Empty;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = CorpusGenerator.Ensure(Articles, log: Console.Out);
        _index = CorpusGenerator.IndexFor(Articles);
        FirstAnswer();
    }

    [Benchmark]
    public int FirstAnswer()
    {
        using var services = AnsweringServices.Create(_knowledge, _index);
        return services.GetRequiredService<IAnswerService>().Ask("where is the second summit?", FollowUpContext.Empty).Citations.Count;
    }
}
