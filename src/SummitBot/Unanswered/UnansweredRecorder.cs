using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SummitBot.Answering;

namespace SummitBot.Unanswered;

/// <summary>
/// Records the questions the bot could not answer, from the bot's turn, without ever slowing or failing it:
/// <see cref="Record"/> only puts the question in a bounded queue, and this background service writes the queue to
/// the store in batches. A store that is slow or unreachable (Redis down) costs queued questions, never a turn:
/// when the queue is full further questions are dropped and counted, and a failed write is logged and dropped.
/// </summary>
public sealed partial class UnansweredRecorder : BackgroundService
{
    /// <summary>Longer texts are cut; answering reads no longer question anyway (Answering:MaxQuestionLength).</summary>
    public const int MaxTextLength = 500;

    private const int BatchSize = 100;
    private static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(2);

    private readonly Channel<UnansweredQuestion> _queue;
    private readonly IUnansweredStore _store;
    private readonly UnansweredOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<UnansweredRecorder> _logger;
    private long _dropped;
    private long _lost;
    private DateTimeOffset _warned = DateTimeOffset.MinValue;

    public UnansweredRecorder(IUnansweredStore store, IOptions<UnansweredOptions> options, TimeProvider time, ILogger<UnansweredRecorder> logger)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<UnansweredQuestion>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Questions not recorded because the queue was full (the store could not keep up).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Questions not recorded because writing them to the store failed.</summary>
    public long Lost => Interlocked.Read(ref _lost);

    /// <summary>Whether an answer is one a curator should see: declined, or given with a reason to doubt it.</summary>
    public static bool IsUnanswered(Answer answer) => answer.Kind == AnswerKind.Declined || answer.Decline is not null;

    /// <summary>An answer given, but with a confidence below <see cref="UnansweredOptions.UnsureBelow"/>: a curator should check it.</summary>
    private bool IsUnsure(Answer answer) => answer.IsAnswered && answer.Decline is null && answer.Confidence < _options.UnsureBelow;

    /// <summary>
    /// Queues <paramref name="question"/> when <paramref name="answer"/> declined it or answered it only just; returns at once, whatever the
    /// store is doing. Returns whether it was queued.
    /// </summary>
    public bool Record(string question, string? channel, Answer answer)
    {
        var unsure = IsUnsure(answer);
        if (!_options.Enabled || !(IsUnanswered(answer) || unsure) || string.IsNullOrWhiteSpace(question))
        {
            return false;
        }

        var reason = unsure ? DeclineReason.Unsure : answer.Decline;

        var text = question.Trim();
        var entry = new UnansweredQuestion(
            _time.GetUtcNow(), string.IsNullOrEmpty(channel) ? "unknown" : channel, text.Length > MaxTextLength ? text[..MaxTextLength] : text, answer.Asked, reason);
        if (_queue.Writer.TryWrite(entry))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        Warn(null, "the queue of unanswered questions is full; questions are not being recorded");
        return false;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // What is queued at a graceful stop is still written, for a moment (and within the host's shutdown time);
        // a store that does not answer by then is given up on.
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } writing)
        {
            await Task.WhenAny(writing, Task.Delay(DrainTime, _time, cancellationToken));
        }

        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<UnansweredQuestion>(BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var question))
                {
                    batch.Add(question);
                }

                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WriteAsync(List<UnansweredQuestion> batch, CancellationToken stoppingToken)
    {
        try
        {
            await _store.AddAsync(batch, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Interlocked.Add(ref _lost, batch.Count);
            Warn(e, $"{batch.Count} unanswered question(s) could not be written to {_store.Location}");
        }
    }

    /// <summary>At most one warning a minute: an outage must not flood the log.</summary>
    private void Warn(Exception? error, string what)
    {
        var now = _time.GetUtcNow();
        if (now - _warned < WarnEvery)
        {
            return;
        }

        _warned = now;
        LogNotRecorded(_logger, error, what, Dropped, Lost);
    }

    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message = "Unanswered questions: {What} (not recorded so far: {Dropped} dropped, {Lost} lost)")]
    private static partial void LogNotRecorded(ILogger logger, Exception? error, string what, long dropped, long lost);
}
