using System.ComponentModel.DataAnnotations;

namespace SummitBot.State;

/// <summary>
/// Settings of <see cref="ReplayGuard"/>, section <c>State:Replay</c>: how a channel's retry of an activity
/// (same id, same conversation) is recognised and answered once.
/// </summary>
public sealed class ReplayOptions
{
    public const string Section = "State:Replay";

    /// <summary>Off only for experiments: with it off, a retried activity is answered again.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a handled activity is remembered. Channels retry within seconds to a minute (Azure Bot Service
    /// after 15 s), so a few minutes cover every retry while the records stay few.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A turn that started this long ago and has not finished is taken to have died with its instance, and a retry
    /// answers it instead. Must be longer than the slowest turn, or a slow turn is answered twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a retry looks whether the turn it waits for has finished.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);
}
