using System.ComponentModel.DataAnnotations;

namespace SummitBot.Authentication;

/// <summary>
/// Settings of the guard in front of the SDK's request authentication, section <c>ChannelAuthentication</c>.
/// The App ID, password, type and tenant themselves keep the Bot Framework names (<c>MicrosoftAppId</c>, …) at the root.
/// </summary>
public sealed class ChannelAuthenticationOptions
{
    public const string Section = "ChannelAuthentication";

    /// <summary>
    /// How long validating one request's token may take, OpenID metadata fetch included, before the request is refused
    /// with 401. The SDK's own metadata client waits up to 100 s for an unreachable host; a channel should not.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan ValidationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longer Authorization headers are refused without being parsed (real channel tokens are a few KB).</summary>
    [Range(256, 65_536)]
    public int MaxTokenLength { get; set; } = 16_384;
}
