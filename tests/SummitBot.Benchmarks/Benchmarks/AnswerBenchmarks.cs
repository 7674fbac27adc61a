using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Benchmarks.Answering;
using SummitBot.Benchmarks.Corpus;

namespace SummitBot.Benchmarks.Benchmarks;

/// <summary>
/// Question analysis, retrieval and answer composition: <see cref="IAnswerService.Ask"/> over every question of the
/// question set (with its conversation's follow-up context), reported per question. Articles = generated articles
/// beside the shipped one (0 = the shipped knowledge alone).
/// </summary>
[Config(typeof(BenchConfig.Fast))]
public class AnswerBenchmarks
{
    private const int QuestionsPerPass = 100;

    private ServiceProvider? _services;
    private IAnswerService _answers = null!;
    private (string Question, FollowUpContext Context)[] _mix = [];

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = CorpusGenerator.Ensure(Articles, log: Console.Out);
        _services = AnsweringServices.Create(knowledge, CorpusGenerator.IndexFor(Articles));
        _answers = _services.GetRequiredService<IAnswerService>();
        var all = QuestionMix.From(_answers);
        _mix = [.. Enumerable.Range(0, QuestionsPerPass).Select(i => all[i % all.Count])];
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    /// <summary>One pass over the mix; BenchmarkDotNet divides by the number of questions .</summary>
    [Benchmark(OperationsPerInvoke = QuestionsPerPass)]
    public int AskPerQuestion()
    {
        var cited = 0;
        foreach (var (question, context) in _mix)
        {
            cited += _answers.Ask(question, context).Citations.Count;
        }

        return cited;
    }
}
