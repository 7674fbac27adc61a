using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// The one Lucene index of a knowledge folder, kept up to date in place (<c>live-s&lt;schema&gt;</c> under the index
/// root): a new or changed source file replaces that source's documents, a removed one deletes them, and changed
/// facts replace the fact documents; everything is written again only when there is no index, it is damaged, or
/// documents are analyzed otherwise (schema, file format or synonyms changed). Each update is one Lucene commit, which
/// readers see whole or not at all, and every commit says what it was built for (<see cref="IndexCommitData"/>) and
/// holds the manifest of its sources (<see cref="IndexSchema.Meta"/>), so a restart reads only the files that changed.
/// </summary>
/// <remarks>
/// Several processes may share the index root (instances of the bot on one machine): every write happens under
/// Lucene's write lock (an OS file lock, released if the process dies), and a writer first reads the latest commit,
/// so each update applies to what the last one left. A snapshot reads one commit, checked to hold exactly the
/// knowledge it answers from; a commit made later by another process is seen at the next reload. Instances that
/// share an index root must share the knowledge folder too, or each would keep rewriting the index to its own.
/// </remarks>
public sealed class LiveIndex : IDisposable
{
    /// <summary>Up to this many documents a build from scratch is merged into one segment (see <see cref="Finish"/>).</summary>
    private const int OneSegmentUpTo = 200_000;

    /// <summary>Up to this many documents an update is merged into one segment too (see <see cref="Finish"/>).</summary>
    private const int UpdateInOneSegmentUpTo = 5_000;

    /// <summary>How long to wait for another process's update (a full build of a large archive takes minutes).</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(15);

    private readonly SharedDirectory _directory;
    private readonly string _root;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _gate = new();

    /// <summary>The latest commit read (one reference held here) and what it holds; null when there is none to use.</summary>
    private DirectoryReader? _reader;
    private IndexContents? _contents;

    public LiveIndex(string indexRoot, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(indexRoot);
        _root = Path.GetFullPath(indexRoot);
        Folder = Path.Combine(_root, $"live-s{IndexSchema.SchemaVersion}");
        _directory = new SharedDirectory(FSDirectory.Open(Folder));
        _logger = logger;
    }

    public string Folder { get; }

    /// <summary>
    /// The source the latest commit holds for a knowledge file (relative path), without its text: what a load need
    /// not read again while the file is unchanged. Nothing is known when there is no usable index.
    /// </summary>
    public Func<string, SourceDocument?> KnownSources()
    {
        lock (_gate)
        {
            var contents = Refresh() ? _contents : null;
            return file => contents?.Known(file);
        }
    }

    /// <summary>
    /// A snapshot of the index holding <paramref name="knowledge"/>: the latest commit if it already does, else the
    /// commit that brings it there. <paramref name="previous"/> (the snapshot served until now) lends its analyzer
    /// when the synonyms are the same.
    /// </summary>
    public KnowledgeSnapshot Open(KnowledgeBase knowledge, KnowledgeSnapshot? previous = null, IProgress<double>? progress = null)
    {
        lock (_gate)
        {
            var started = Stopwatch.GetTimestamp();
            var wanted = IndexCommitData.For(knowledge);
            var analyzer = previous is not null && previous.Built.SameAnalysis(wanted) ? previous.Analyzer : new SummitAnalyzer(knowledge.Synonyms);
            IndexUpdate update;
            if (Refresh() && IndexPlan.Between(_contents, knowledge, wanted).IsEmpty)
            {
                update = new IndexUpdate(IndexUpdateKind.Reused, 0, 0, 0, false, 0, Stopwatch.GetElapsedTime(started));
            }
            else
            {
                update = Write(knowledge, analyzer, wanted, progress, started);
            }

            _reader!.IncRef();
            return new KnowledgeSnapshot(knowledge, analyzer, _reader, _directory.Acquire(), _contents!, Folder, update);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _reader?.DecRef();
            _reader = null;
            _directory.Release();
        }
    }

    /// <summary>
    /// Moves <see cref="_reader"/> and <see cref="_contents"/> to the latest commit. False when there is no index, or
    /// one this code cannot use as it is (damaged, or made by other code): it is then written whole.
    /// </summary>
    private bool Refresh()
    {
        try
        {
            if (_reader is null)
            {
                if (!DirectoryReader.IndexExists(_directory.Directory))
                {
                    return false;
                }

                var reader = DirectoryReader.Open(_directory.Directory);
                Use(reader, () => IndexContents.Read(reader));
            }
            else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
            {
                // Another process committed since: see what it holds now.
                Use(newer, () => IndexContents.Read(newer));
            }

            return _contents?.Data?.Schema == IndexSchema.SchemaVersion;
        }
        catch (Exception e) when (IsDamage(e))
        {
            _logger.LogWarning(e, "The index in {IndexFolder} is damaged; it will be rebuilt", Folder);
            Forget();
            return false;
        }
    }

    /// <summary>Brings the index to <paramref name="knowledge"/> under the write lock, and reads the commit made.</summary>
    private IndexUpdate Write(KnowledgeBase knowledge, SummitAnalyzer analyzer, IndexCommitData wanted, IProgress<double>? progress, long started)
    {
        using var writer = OpenWriter(analyzer);

        // While this process waited for the lock another may have brought the index up to date, or part of the way.
        var usable = Refresh();
        var plan = IndexPlan.Between(usable ? _contents : null, knowledge, wanted);
        if (plan.IsEmpty)
        {
            return new IndexUpdate(IndexUpdateKind.Reused, 0, 0, 0, false, 0, Stopwatch.GetElapsedTime(started));
        }

        var writing = new IndexWriting(writer, knowledge, analyzer, progress, _logger);
        var indexed = writing.Apply(plan);
        Finish(writer, wanted, plan.Rebuild);

        var reader = _reader is null ? DirectoryReader.Open(_directory.Directory) : DirectoryReader.OpenIfChanged(_reader) ?? _reader;
        var contents = plan.Rebuild ? IndexContents.From(indexed, wanted) : _contents!.With(plan.Remove, indexed, wanted);
        if (reader != _reader)
        {
            Use(reader, () => contents);
        }

        var update = new IndexUpdate(
            plan.Rebuild ? IndexUpdateKind.Rebuilt : IndexUpdateKind.Updated,
            plan.Add.Count - plan.Changed, plan.Changed, plan.Remove.Count - plan.Changed, plan.Facts, writing.Documents, Stopwatch.GetElapsedTime(started));
        _logger.LogInformation("Index {IndexFolder} {Update}", Folder, update);
        if (plan.Rebuild)
        {
            RemoveOldLayouts();
        }

        return update;
    }

    /// <summary>
    /// Every search looks each term up once per segment. A small index is merged into one segment in milliseconds,
    /// which also drops deleted documents, so after an update its term statistics are those of a build from scratch
    /// (the shipped knowledge answers the same however it got there). A larger build is merged once; an update of it
    /// is not (merging rewrites the whole index: seconds for one changed article), and Lucene's merge policy keeps
    /// the small segments updates add from piling up. An archive's segments are few and large already.
    /// </summary>
    private static void Finish(IndexWriter writer, IndexCommitData wanted, bool rebuild)
    {
        if (writer.MaxDoc <= (rebuild ? OneSegmentUpTo : UpdateInOneSegmentUpTo))
        {
            writer.ForceMerge(1);
        }

        writer.SetCommitData(wanted.ToUserData());
        writer.Commit();
    }

    /// <summary>The writer, once this process holds the write lock; a damaged index is cleared first (under the lock).</summary>
    private IndexWriter OpenWriter(SummitAnalyzer analyzer)
    {
        try
        {
            return OpenWriter(analyzer, OpenMode.CREATE_OR_APPEND, TimeSpan.FromSeconds(1));
        }
        catch (LockObtainFailedException)
        {
            _logger.LogInformation("Another process is updating the index in {IndexFolder}; waiting for it", Folder);
            return OpenWriter(analyzer, OpenMode.CREATE_OR_APPEND, LockWait);
        }
        catch (Exception e) when (IsDamage(e))
        {
            ClearDamaged();
            return OpenWriter(analyzer, OpenMode.CREATE, LockWait);
        }
    }

    private IndexWriter OpenWriter(SummitAnalyzer analyzer, OpenMode mode, TimeSpan lockWait)
    {
        var config = new IndexWriterConfig(IndexSchema.Version, analyzer)
        {
            OpenMode = mode,
            RAMBufferSizeMB = 128,
            WriteLockTimeout = (long)lockWait.TotalMilliseconds,
            // Compound files save file handles for many small indexes; this is one index, so skip the copy.
            UseCompoundFile = false,
        };
        config.MergePolicy.NoCFSRatio = 0;
        return new IndexWriter(_directory.Directory, config);
    }

    /// <summary>Deletes a damaged index's files, holding the write lock and only if it is still damaged then.</summary>
    private void ClearDamaged()
    {
        Forget();
        using var writeLock = _directory.Directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain((long)LockWait.TotalMilliseconds))
        {
            throw new LockObtainFailedException($"Could not lock the index in {Folder} to rebuild it.");
        }

        try
        {
            if (Refresh())
            {
                return;
            }

            Forget();
            foreach (var file in _directory.Directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME))
            {
                _directory.Directory.DeleteFile(file);
            }
        }
        finally
        {
            writeLock.Dispose();
        }
    }

    private void Use(DirectoryReader reader, Func<IndexContents> contents)
    {
        IndexContents read;
        try
        {
            read = contents();
        }
        catch
        {
            reader.DecRef();
            throw;
        }

        _reader?.DecRef();
        _reader = reader;
        _contents = read;
    }

    private void Forget()
    {
        _reader?.DecRef();
        _reader = null;
        _contents = null;
    }

    /// <summary>What a damaged or foreign index throws; not a lock held by another process.</summary>
    private static bool IsDamage(Exception e) =>
        e is (IOException or InvalidDataException or IndexOutOfRangeException or ArgumentOutOfRangeException) and not LockObtainFailedException;

    /// <summary>Index folders of older code (whole generations, other schemas), once this one is built.</summary>
    private void RemoveOldLayouts()
    {
        foreach (var old in System.IO.Directory.EnumerateDirectories(_root, "gen-*").Concat(System.IO.Directory.EnumerateDirectories(_root, "live-s*")))
        {
            if (old == Folder)
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(old, recursive: true);
            }
            catch (IOException e)
            {
                _logger.LogDebug(e, "Could not remove the old index folder {IndexFolder} yet", old);
            }
        }
    }
}
