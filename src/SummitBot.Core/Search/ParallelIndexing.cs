using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SummitBot.Search;

/// <summary>Adding many documents from all cores: IndexWriter takes documents from several threads at once.</summary>
internal static class ParallelIndexing
{
    /// <summary>Items a thread takes at a time: big enough to keep threads busy, small enough to share the tail.</summary>
    private const int BatchSize = 512;

    /// <summary>Runs <paramref name="body"/> for 0..<paramref name="count"/> on up to one thread per core, each with its own reusable <typeparamref name="TFields"/>.</summary>
    public static void For<TFields>(int count, Func<TFields> fields, Action<int, TFields> body)
    {
        if (count < 2 * BatchSize)
        {
            // A few documents (an update of some sources): not worth the threads.
            var local = fields();
            for (var i = 0; i < count; i++)
            {
                body(i, local);
            }

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

    /// <summary>Counts finished items from all threads and reports every 1%.</summary>
    public sealed class Progress(int total, IProgress<double>? progress)
    {
        private readonly int _step = Math.Max(1, total / 100);
        private readonly Lock _reporting = new();
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
