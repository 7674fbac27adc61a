using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// Loads the knowledge when the host starts, so the first question is answered at once, and reloads it when a file
/// in the knowledge folder changes (debounced), without a restart.
/// </summary>
public sealed class KnowledgeWatcher : BackgroundService
{
    private readonly KnowledgeProvider _provider;
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeWatcher> _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _changed = new(0);

    public KnowledgeWatcher(KnowledgeProvider provider, IOptions<KnowledgeOptions> options, ILogger<KnowledgeWatcher> logger, TimeProvider time)
    {
        _provider = provider;
        _options = options.Value;
        _logger = logger;
        _time = time;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = _provider.Current;
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Watch)
        {
            return;
        }

        using var watcher = new FileSystemWatcher(_options.Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler signal = (_, _) => _changed.Release();
        watcher.Changed += signal;
        watcher.Created += signal;
        watcher.Deleted += signal;
        watcher.Renamed += (_, _) => _changed.Release();
        watcher.EnableRaisingEvents = true;

        while (!stoppingToken.IsCancellationRequested)
        {
            await _changed.WaitAsync(stoppingToken);

            // Let a burst of writes (an editor saving, a copy of many files) settle before reading.
            await Task.Delay(_options.ReloadDelay, _time, stoppingToken);
            while (_changed.CurrentCount > 0)
            {
                await _changed.WaitAsync(stoppingToken);
            }

            try
            {
                if (await Task.Run(_provider.Reload, stoppingToken))
                {
                    _logger.LogInformation("The knowledge changed and is now served from {IndexFolder}", _provider.Current.IndexFolder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogError(e, "Reloading the knowledge failed; the previous knowledge is still served");
            }
        }
    }
}
