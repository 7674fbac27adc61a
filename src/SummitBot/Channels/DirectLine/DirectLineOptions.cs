using System.ComponentModel.DataAnnotations;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// Settings of the built-in Direct Line 3.0 service, section <c>DirectLine</c> (environment <c>DirectLine__Secret</c>, …).
/// </summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The Direct Line secret clients (or a page's server) use to generate tokens. When empty, a random secret is made at
    /// start-up: the Web Chat page still works (its token comes from the bot), and nobody outside the process knows it.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token is valid; Azure's Direct Line tokens last 1800 s.</summary>
    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long a <c>streamUrl</c> may be used to connect the WebSocket (Azure: 60 s).</summary>
    [Range(5, 3600)]
    public int StreamUrlLifetimeSeconds { get; set; } = 60;

    /// <summary>Activities kept per conversation; older ones are dropped (watermarks stay valid, they only skip ahead).</summary>
    [Range(10, 100_000)]
    public int MaxTranscriptActivities { get; set; } = 500;

    /// <summary>Most activities one <c>GET …/activities</c> returns; the client pages on with the watermark.</summary>
    [Range(1, 1000)]
    public int MaxActivitiesPerGet { get; set; } = 100;

    /// <summary>Conversations kept at once; past it the least recently used one is forgotten.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation with no activity for this long is forgotten (its tokens then get 404).</summary>
    [Range(60, 604_800)]
    public int ConversationIdleSeconds { get; set; } = 3600;

    /// <summary>How often an idle WebSocket stream gets an empty keep-alive message.</summary>
    [Range(1, 600)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>How long the bot may take for one activity before the post is answered 502 <c>BotTimeout</c>.</summary>
    [Range(1, 600)]
    public int BotTimeoutSeconds { get; set; } = 15;

    /// <summary>Largest activity body accepted (Azure Bot Service caps activities at 256 KB); larger gets 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The bot's account id in Direct Line conversations (<c>recipient</c> of what users send).</summary>
    [Required]
    [MinLength(1)]
    public string BotId { get; set; } = "summitbot";

    /// <summary>The bot's display name in Direct Line conversations.</summary>
    [Required]
    public string BotName { get; set; } = "SummitBot";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A short secret can be guessed; Azure's are 40+ characters.
        if (!string.IsNullOrEmpty(Secret) && Secret.Trim().Length < 16)
        {
            yield return new ValidationResult("DirectLine:Secret must be at least 16 characters (or empty for a random one).", [nameof(Secret)]);
        }
    }
}
