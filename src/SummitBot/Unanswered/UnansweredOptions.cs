using System.ComponentModel.DataAnnotations;

namespace SummitBot.Unanswered;

/// <summary>
/// Settings of the record of unanswered questions, section <c>Unanswered</c>. The record is kept in Redis when
/// <c>ConnectionStrings:Redis</c> is set (so every instance adds to one record), otherwise in a file on local disk.
/// </summary>
public sealed class UnansweredOptions
{
    public const string Section = "Unanswered";

    /// <summary>Record declined questions. Off: nothing is recorded (the report still shows what was recorded before).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The file of a single instance (JSON lines); relative paths are taken from the content root.</summary>
    [Required]
    public string Path { get; set; } = "data/unanswered/questions.jsonl";

    /// <summary>The Redis key (a sorted set by time) that every instance adds to.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9:_\-\.]{1,128}$")]
    public string RedisKey { get; set; } = "summitbot:unanswered";

    /// <summary>At most this many questions are kept; the oldest go first.</summary>
    [Range(100, 1_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Questions older than this are dropped.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Answers given with a confidence below this are recorded too, as unsure (the bot declines below its threshold,
    /// docs/answering.md): a curator sees the answers it almost did not give. 0 records declines only.
    /// </summary>
    [Range(0.0, 1.0)]
    public double UnsureBelow { get; set; } = 0.7;

    /// <summary>
    /// Questions waiting to be written. Recording never makes a turn wait: when the store is slow or unreachable and
    /// this many are waiting, further questions are not recorded (and counted in the log) until it catches up.
    /// </summary>
    [Range(10, 100_000)]
    public int QueueCapacity { get; set; } = 1_000;
}
