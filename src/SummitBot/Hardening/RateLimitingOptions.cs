using System.ComponentModel.DataAnnotations;

namespace SummitBot.Hardening;

/// <summary>
/// Rate limits of the bot's endpoints, section <c>RateLimiting</c>, sized for people typing: a person asks a few
/// questions a minute, so a conversation sending more than <see cref="ConversationPermitsPerMinute"/> is a script.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>False switches all limits off (benchmarks, load tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Activities one conversation may send per minute (a burst of the whole minute's budget is allowed).</summary>
    [Range(1, 1_000_000)]
    public int ConversationPermitsPerMinute { get; set; } = 30;

    /// <summary>
    /// Requests one client address may send per minute, across all its conversations. Behind Azure Bot Service every
    /// channel request comes from the service's few addresses: raise this there, the per-conversation limit still holds.
    /// </summary>
    [Range(1, 10_000_000)]
    public int ClientPermitsPerMinute { get; set; } = 300;
}
