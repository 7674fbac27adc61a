using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Benchmarks.Corpus;
using SummitBot.Knowledge;
using SummitBot.Search;

namespace SummitBot.Benchmarks.Benchmarks;

/// <summary>
/// Loading the knowledge folder (parse, passage checks, fingerprint) and building its Lucene index from scratch into a
/// new folder, at each corpus size.
/// </summary>
[Config(typeof(BenchConfig.Slow))]
public class IndexBuildBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private string _knowledgeFolder = string.Empty;
    private string _indexRoot = string.Empty;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _knowledgeFolder = CorpusGenerator.Ensure(Articles, log: Console.Out);
        _knowledge = KnowledgeLoader.Load(_knowledgeFolder);
    }

    [IterationSetup]
    public void NewIndexFolder() =>
        _indexRoot = Path.Combine(Path.GetTempPath(), "summitbot-bench", $"build-{Articles}-{Guid.NewGuid().ToString("N")[..8]}");

    [IterationCleanup]
    public void RemoveIndexFolder()
    {
        if (Directory.Exists(_indexRoot))
        {
            Directory.Delete(_indexRoot, recursive: true);
        }
    }

    [Benchmark]
    public int LoadKnowledge() => KnowledgeLoader.Load(_knowledgeFolder).Facts.Count;

    [Benchmark]
    public string BuildIndex()
    {
        using var snapshot = KnowledgeIndexBuilder.Open(_knowledge, _indexRoot, NullLogger.Instance);
        return snapshot.IndexFolder;
    }
}
