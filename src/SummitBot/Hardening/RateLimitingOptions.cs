using System.ComponentModel.DataAnnotations;

namespace SummitBot.Hardening;

/// <summary>
/// Rate limits, section <c>RateLimiting</c>, sized for people typing in a busy channel: a person asks a few questions a
/// minute, a channel of many people a few dozen. Messages are limited per person in a conversation, per conversation
/// and per client after the channel's request is authenticated (<see cref="TurnRateLimits"/>, answered with one
/// "slow down"); requests are limited per client address before it where they come straight from clients
/// (<see cref="BotRateLimits"/>, HTTP 429). Each instance counts its own.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>False switches all limits off (benchmarks, load tests); they then cost nothing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages one person may send in one conversation per minute (a burst of the whole minute's budget is allowed).</summary>
    [Range(1, 1_000_000)]
    public int PersonPermitsPerMinute { get; set; } = 10;

    /// <summary>
    /// Messages one conversation may send per minute, everyone in it together (a Teams channel counted with all its
    /// threads): a dozen people each asking several questions a minute. More is a script or a flood.
    /// </summary>
    [Range(1, 1_000_000)]
    public int ConversationPermitsPerMinute { get; set; } = 120;

    /// <summary>
    /// Messages one client may send per minute across all its conversations: a channel's user (by the channel's
    /// authenticated activity), and, where requests come straight from clients (the built-in Direct Line, and
    /// <c>/api/messages</c> when no App ID is set), requests from one network address. Behind Azure Bot Service the
    /// address is the service's, shared by every user, so there only the user counts.
    /// </summary>
    [Range(1, 10_000_000)]
    public int ClientPermitsPerMinute { get; set; } = 300;
}
