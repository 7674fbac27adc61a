using System.ComponentModel.DataAnnotations;

namespace SummitBot.State;

/// <summary>
/// Settings of the conversation-state store, section <c>State</c>. Redis is used when the connection string
/// <c>ConnectionStrings:Redis</c> is set; otherwise a bounded store in this process's memory.
/// </summary>
public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary>The connection string's name under <c>ConnectionStrings</c>.</summary>
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// A conversation not read or written for this long is forgotten (in memory: evicted; in Redis: the key expires).
    /// Follow-up questions refer to the last few turns, so an hour is plenty.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The in-memory store holds at most this many items; past it the least recently used go first,
    /// so memory stays bounded even when more conversations arrive within <see cref="IdleTimeout"/> than expected.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxItems { get; set; } = 10_000;

    /// <summary>Prefix of every Redis key, so the bot can share a Redis database with other programs.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9:_\-\.]{1,64}$")]
    public string RedisKeyPrefix { get; set; } = "summitbot:state:";

    /// <summary>
    /// The longest one Redis call may take before the store counts as unavailable. Redis answers in about a millisecond;
    /// a turn must not wait the client library's 5 s for one that is not there.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan RedisOperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// After Redis failed, how long calls fail at once (the bot answers without the conversation's context) before one
    /// call tries Redis again. The connection coming back ends the break sooner.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RedisBreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
