using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Builds the Lucene index of a <see cref="KnowledgeBase"/> on local disk, or reuses the one already built from the
/// same knowledge. Each generation has its own folder named by the knowledge fingerprint; a build is written to a
/// temporary folder and renamed into place, so a crash mid-build never leaves a half index that looks whole.
/// </summary>
public static class KnowledgeIndexBuilder
{
    /// <summary>Sources (or facts) a build thread takes at a time: big enough to keep threads busy, small enough to share the tail.</summary>
    private const int BatchSize = 512;

    /// <summary>Up to this many documents the build merges the index into one segment (see <see cref="Build"/>).</summary>
    private const int MergeIntoOneSegmentUpTo = 200_000;

    public static KnowledgeSnapshot Open(KnowledgeBase knowledge, string indexRoot, ILogger logger, IProgress<double>? progress = null)
    {
        System.IO.Directory.CreateDirectory(indexRoot);
        var folder = Path.Combine(indexRoot, $"gen-{knowledge.Fingerprint}-s{IndexSchema.SchemaVersion}");
        var analyzer = new SummitAnalyzer(knowledge.Synonyms);

        if (System.IO.Directory.Exists(folder))
        {
            try
            {
                var reused = new KnowledgeSnapshot(knowledge, analyzer, FSDirectory.Open(folder), folder);
                logger.LogInformation("Reusing the index in {IndexFolder}: the knowledge has not changed", folder);
                return reused;
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidDataException)
            {
                logger.LogWarning(e, "The index in {IndexFolder} is damaged; rebuilding it", folder);
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }

        if (!knowledge.HasSourceText)
        {
            throw new InvalidOperationException("The sources' text was released after their index was built; load the knowledge again to build another index.");
        }

        var temp = folder + ".building-" + Guid.NewGuid().ToString("N")[..8];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var documents = Build(knowledge, analyzer, temp, progress);
        try
        {
            System.IO.Directory.Move(temp, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another instance sharing this folder finished the same generation first; use theirs.
            System.IO.Directory.Delete(temp, recursive: true);
        }

        logger.LogInformation(
            "Indexed {Documents} documents from {Sources} sources and {Facts} facts in {Elapsed} ms into {IndexFolder}",
            documents, knowledge.Sources.Count, knowledge.Facts.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, folder);
        RemoveOtherGenerations(indexRoot, folder, logger);
        return new KnowledgeSnapshot(knowledge, analyzer, FSDirectory.Open(folder), folder);
    }

    /// <summary>
    /// Indexes every sentence and fact on all cores: IndexWriter takes documents from several threads at once, each
    /// thread filling its own segment. Document order is not kept (the <see cref="IndexSchema.Order"/> doc value is).
    /// </summary>
    private static int Build(KnowledgeBase knowledge, SummitAnalyzer analyzer, string folder, IProgress<double>? progress)
    {
        using var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(IndexSchema.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 128,
            // Compound files save file handles for many small indexes; this is one index, rebuilt rarely, so skip the copy.
            UseCompoundFile = false,
        };
        config.MergePolicy.NoCFSRatio = 0;

        var sources = knowledge.Sources.Values.ToArray();
        var tracker = new BuildProgress(sources.Length + knowledge.Facts.Count, progress);
        var documents = 0;
        using (var writer = new IndexWriter(directory, config))
        {
            InParallel(sources.Length, () => 0, (i, _) =>
            {
                // A source's sentences and its own document go in as one block: they stay next to each other.
                var block = SourceIndexer.Documents(sources[i], i, analyzer.Terms);
                writer.AddDocuments(block);
                Interlocked.Add(ref documents, block.Count);
                tracker.Done();
            });

            InParallel(knowledge.Facts.Count, () => new FactFields(), (i, fields) =>
            {
                var fact = knowledge.Facts[i];
                writer.AddDocument(fields.Set(fact.Asks, FactEvidence.Text(knowledge, fact), i));
                Interlocked.Increment(ref documents);
                tracker.Done();
            });

            // Every search looks each term up once per segment, and a parallel build leaves one segment per thread
            // at least. A small index is merged into one in milliseconds; an archive's segments are few and large
            // already, and merging them would add minutes to its build.
            if (documents <= MergeIntoOneSegmentUpTo)
            {
                writer.ForceMerge(1);
            }

            writer.Commit();
        }

        progress?.Report(1.0);
        return documents;
    }

    /// <summary>Runs <paramref name="body"/> for 0..<paramref name="count"/> on up to one thread per core, each with its own reusable fields.</summary>
    private static void InParallel<TFields>(int count, Func<TFields> fields, Action<int, TFields> body)
    {
        if (count == 0)
        {
            // Knowledge with no facts (or no sources) is knowledge too: nothing to add.
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.ForEach(Partitioner.Create(0, count, BatchSize), options, fields, (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    body(i, local);
                }

                return local;
            }, _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // The failure itself (disk full, a damaged folder), not the wrapper the parallel loop puts around it.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static void RemoveOtherGenerations(string indexRoot, string current, ILogger logger)
    {
        foreach (var old in System.IO.Directory.EnumerateDirectories(indexRoot, "gen-*"))
        {
            if (old == current || old.Contains(".building-", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(old, recursive: true);
            }
            catch (IOException e)
            {
                logger.LogDebug(e, "Could not remove the old index generation {IndexFolder} yet", old);
            }
        }
    }

    /// <summary>Counts finished sources and facts from all build threads and reports every 1%.</summary>
    private sealed class BuildProgress(int total, IProgress<double>? progress)
    {
        private readonly int _step = Math.Max(1, total / 100);
        private readonly System.Threading.Lock _reporting = new();
        private int _done;

        public void Done()
        {
            var done = Interlocked.Increment(ref _done);
            if (progress is not null && done % _step == 0)
            {
                lock (_reporting)
                {
                    progress.Report((double)done / total);
                }
            }
        }
    }
}
