using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Holds the current <see cref="KnowledgeSnapshot"/>: loaded on first use (or at start-up by the watcher), and swapped
/// whole when the knowledge folder changes. A reload reads only the files that changed since the snapshot served
/// (the others are known from the index), updates the one live index for just those sources, and swaps in the new
/// snapshot once it is ready; until then every turn is answered from the one before. A replaced snapshot is disposed
/// after a grace period, so turns still holding it finish on it.
/// </summary>
public sealed class KnowledgeProvider : IKnowledgeStatus, IDisposable
{
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly KnowledgeOptions _knowledge;
    private readonly SearchOptions _search;
    private readonly ILogger<KnowledgeProvider> _logger;
    private readonly TimeProvider _time;
    private readonly ISnapshotPreparer[] _preparers;
    private readonly Lock _reloading = new();
    private LiveIndex? _index;
    private volatile KnowledgeSnapshot? _current;
    private DateTimeOffset? _loadedAt;
    private string? _lastReloadError;

    public KnowledgeProvider(
        IOptions<KnowledgeOptions> knowledge,
        IOptions<SearchOptions> search,
        ILogger<KnowledgeProvider> logger,
        TimeProvider time,
        IEnumerable<ISnapshotPreparer> preparers)
    {
        _preparers = [.. preparers];
        _knowledge = knowledge.Value;
        _search = search.Value;
        _logger = logger;
        _time = time;
    }

    /// <summary>The knowledge and index to answer from; loads them on first use.</summary>
    public KnowledgeSnapshot Current => _current ?? LoadFirst();

    public bool IsReady => _current is not null;

    public string? Fingerprint => _current?.Knowledge.Fingerprint;

    public DateTimeOffset? LoadedAt => _loadedAt;

    public int Sources => _current?.Knowledge.Sources.Count ?? 0;

    public int Facts => _current?.Knowledge.Facts.Count ?? 0;

    public IReadOnlyList<KnowledgeProblem> Problems => _current?.Knowledge.Problems ?? [];

    public string? LastReloadError => _lastReloadError;

    /// <summary>Loads the knowledge folder again and swaps it in if it changed. Returns true when a new generation is served.</summary>
    public bool Reload()
    {
        lock (_reloading)
        {
            KnowledgeBase knowledge;
            KnowledgeSnapshot next;
            try
            {
                _index ??= new LiveIndex(_search.IndexPath, _logger);

                // Files unchanged since the snapshot served (at start-up: since the index's last commit) are not read.
                var known = _current is { } current ? current.Contents.Known : _index.KnownSources();
                knowledge = KnowledgeLoader.Load(_knowledge.Path, known);
                if (_current is not null && _current.Knowledge.Fingerprint == knowledge.Fingerprint)
                {
                    return false;
                }

                Report(knowledge);
                next = _index.Open(knowledge, _current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _lastReloadError = e.Message;
                _logger.LogError(e, "Reloading the knowledge from {KnowledgePath} failed; still serving the previous knowledge", _knowledge.Path);
                if (_current is null)
                {
                    throw;
                }

                return false;
            }

            foreach (var preparer in _preparers)
            {
                preparer.Prepare(next);
            }

            // The index stores every sentence; the bodies in memory were only needed to build it.
            knowledge.ReleaseSourceText();

            var previous = _current;
            _current = next;
            _loadedAt = _time.GetUtcNow();
            _lastReloadError = null;
            if (previous is null)
            {
                GiveBackMemory();
            }
            else
            {
                _ = Task.Delay(RetireAfter, _time).ContinueWith(_ =>
                {
                    previous.Dispose();
                    GiveBackMemory();
                }, TaskScheduler.Default);
            }

            return true;
        }
    }

    public void Dispose()
    {
        _current?.Dispose();
        _index?.Dispose();
    }

    /// <summary>
    /// Loading and indexing an archive leaves hundreds of megabytes of garbage (file text, analysis buffers, the
    /// replaced generation); one compacting collection after a load returns it to the system instead of keeping it
    /// as the process's resident size while it serves. Loads are rare, so the pause is paid rarely.
    /// </summary>
    internal static void GiveBackMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private KnowledgeSnapshot LoadFirst()
    {
        Reload();
        return _current!;
    }

    private void Report(KnowledgeBase knowledge)
    {
        _logger.LogInformation(
            "Knowledge from {KnowledgePath}: {Sources} sources, {Entities} entities, {Facts} facts, {Synonyms} synonym groups",
            _knowledge.Path, knowledge.Sources.Count, knowledge.Entities.Count, knowledge.Facts.Count, knowledge.Synonyms.Count);
        foreach (var problem in knowledge.Problems)
        {
            _logger.LogError("Knowledge problem, left out: {Problem}", problem.ToString());
        }
    }
}
