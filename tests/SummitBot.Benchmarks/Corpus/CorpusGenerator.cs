using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Knowledge;
using SummitBot.Search;
using SummitBot.Tests.Support;

namespace SummitBot.Benchmarks.Corpus;

/// <summary>
/// Writes a corpus folder: <c>knowledge/</c> with the repository's real knowledge copied in and N generated articles
/// (<c>sources/gen-*.txt</c>), and <c>index/</c> for its Lucene index. By default the articles come without facts, as
/// imported articles do; with <c>withFacts</c> each also gets a hand-written-style facts file (<c>facts/gen-*.facts</c>),
/// in a corpus folder of its own (<c>corpus-N-facts</c>). Deterministic: the same seed and count give the same files,
/// byte for byte. A finished corpus has a <c>corpus.done</c> marker and is not written again.
/// </summary>
internal static class CorpusGenerator
{
    public const int DefaultSeed = 20190227;

    /// <summary>The corpus folder for <paramref name="articles"/> generated articles (0 = the shipped knowledge as is).</summary>
    public static string FolderFor(int articles, bool withFacts = false) =>
        Path.Combine(RepoPaths.Root, "generated", withFacts ? $"corpus-{articles}-facts" : $"corpus-{articles}");

    /// <summary>
    /// The index folder of a corpus, shared by the commands and benchmarks that answer from it: built once (by
    /// <c>generate --index</c> or on first use) and reused after, as a restarted bot reuses its index.
    /// </summary>
    public static string IndexFor(int articles, bool withFacts = false) =>
        Path.Combine(articles == 0 ? Path.Combine(RepoPaths.Root, "generated", "corpus-0") : FolderFor(articles, withFacts), "index");

    /// <summary>The knowledge folder to answer from: the repository's for 0 articles, else the generated corpus's.</summary>
    public static string KnowledgeFor(int articles, bool withFacts = false) =>
        articles == 0 ? RepoPaths.Knowledge : Path.Combine(FolderFor(articles, withFacts), "knowledge");

    /// <summary>
    /// The corpus's knowledge folder, generated first unless it is already there and finished. <c>withFacts</c> also
    /// writes each article's facts file (the corpus as it was before articles came without facts).
    /// </summary>
    public static string Ensure(int articles, int seed = DefaultSeed, TextWriter? log = null, bool withFacts = false)
    {
        if (articles == 0)
        {
            return RepoPaths.Knowledge;
        }

        var folder = FolderFor(articles, withFacts);
        var marker = Path.Combine(folder, "corpus.done");
        if (File.Exists(marker) && File.ReadAllText(marker).Trim() == Stamp(articles, seed, withFacts))
        {
            // The real knowledge may have changed since: the corpus always carries the repository's current copy.
            CopyRealKnowledge(RepoPaths.Knowledge, Path.Combine(folder, "knowledge"));
            return Path.Combine(folder, "knowledge");
        }

        Generate(folder, articles, seed, log, withFacts);
        File.WriteAllText(marker, Stamp(articles, seed, withFacts));
        return Path.Combine(folder, "knowledge");
    }

    public static void Generate(string folder, int articles, int seed, TextWriter? log, bool withFacts = false)
    {
        var knowledge = Path.Combine(folder, "knowledge");
        if (Directory.Exists(knowledge))
        {
            Directory.Delete(knowledge, recursive: true);
        }

        var sources = Directory.CreateDirectory(Path.Combine(knowledge, "sources")).FullName;
        var facts = Directory.CreateDirectory(Path.Combine(knowledge, "facts")).FullName;
        CopyRealKnowledge(RepoPaths.Knowledge, knowledge);

        var world = new World(seed);
        var started = Stopwatch.StartNew();
        var written = 0;
        Parallel.For(0, articles, new ParallelOptions { MaxDegreeOfParallelism = 2 }, n =>
        {
            var article = ArticleWriter.Write(world, seed, n + 1);
            File.WriteAllText(Path.Combine(sources, article.Id + ".txt"), article.Source);
            if (withFacts)
            {
                File.WriteAllText(Path.Combine(facts, article.Id + ".facts"), article.Facts);
            }

            var done = Interlocked.Increment(ref written);
            if (log is not null && done % 10_000 == 0)
            {
                log.WriteLine($"  wrote {done:N0}/{articles:N0} articles ({started.Elapsed.TotalSeconds:F1} s)");
            }
        });
        log?.WriteLine($"Wrote {articles:N0} generated articles ({(withFacts ? "with" : "without")} facts) and the real knowledge to {knowledge} in {started.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Loads the corpus and builds its index into <paramref name="indexRoot"/>, printing progress; returns the timings.</summary>
    public static (TimeSpan Load, TimeSpan Build, KnowledgeBase Knowledge) BuildIndex(string knowledgeFolder, string indexRoot, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var knowledge = KnowledgeLoader.Load(knowledgeFolder);
        var load = clock.Elapsed;
        log.WriteLine($"Loaded {knowledge.Sources.Count:N0} sources, {knowledge.Entities.Count:N0} entities, {knowledge.Facts.Count:N0} facts " +
            $"({knowledge.Problems.Count} problems) in {load.TotalSeconds:F1} s");
        foreach (var problem in knowledge.Problems.Take(10))
        {
            log.WriteLine("  problem: " + problem);
        }

        var lastShown = -1;
        var progress = new SyncProgress(fraction =>
        {
            var percent = (int)(fraction * 100);
            if (percent / 10 != lastShown / 10 || percent == 100 && lastShown != 100)
            {
                lastShown = percent;
                log.WriteLine($"  indexing {percent,3}% ({clock.Elapsed.TotalSeconds:F1} s)");
            }
        });
        clock.Restart();
        using var snapshot = KnowledgeIndexBuilder.Open(knowledge, indexRoot, NullLogger.Instance, progress);
        var build = clock.Elapsed;
        log.WriteLine($"Index built in {build.TotalSeconds:F1} s into {snapshot.IndexFolder}");
        return (load, build, knowledge);
    }

    private static void CopyRealKnowledge(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string Stamp(int articles, int seed, bool withFacts) => $"articles={articles} seed={seed} writer=1 facts={(withFacts ? "generated" : "none")}";

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
