using System.ComponentModel.DataAnnotations;

namespace SummitBot.Hardening;

/// <summary>Limits on what a client may send to the bot's endpoints, section <c>RequestLimits</c>.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>
    /// Largest request body accepted on the bot's endpoints, in bytes; larger ones get 413. Azure Bot Service caps an
    /// activity at 256 KB, so 300 KB leaves room for a channel's envelope and still refuses the absurd.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 300 * 1024;
}
