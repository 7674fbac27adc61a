namespace SummitBot.Hardening;

/// <summary>
/// The endpoints that take activities from clients: their bodies are size-limited and buffered, and they are rate limited.
/// Adding an endpoint that takes user input is adding its prefix here.
/// </summary>
internal static class GuardedPaths
{
    /// <summary>The Bot Framework messaging endpoint, whose body is one activity.</summary>
    public static readonly PathString Messages = "/api/messages";

    /// <summary>The built-in Direct Line 3.0 API; its conversation id is in the path.</summary>
    public static readonly PathString DirectLine = "/v3/directline";

    private static readonly PathString DirectLineConversations = "/v3/directline/conversations";

    /// <summary>Every request asks this (the guard and both rate limits): no allocation.</summary>
    public static bool IsGuarded(PathString path) => path.StartsWithSegments(Messages) || path.StartsWithSegments(DirectLine);

    public static bool IsMessages(PathString path) => path.StartsWithSegments(Messages);

    /// <summary>The conversation id of <c>/v3/directline/conversations/{id}/…</c>, or null.</summary>
    public static string? ConversationIdFromPath(PathString path)
    {
        if (!path.StartsWithSegments(DirectLineConversations, StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return null;
        }

        var segments = rest.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 ? segments[0] : null;
    }
}
