using Newtonsoft.Json.Linq;

namespace SummitBot.Channels.DirectLine;

/// <summary>Reading a Direct Line request: its credential, the conversation it acts on, and its (bounded) JSON body.</summary>
internal static class DirectLineRequest
{
    /// <summary>
    /// Checks the <c>Authorization: Bearer</c> credential (or, for the WebSocket, the <c>t</c> of a streamUrl) and that it
    /// may act on <paramref name="conversationId"/>. Returns the credential, or the error to answer with.
    /// </summary>
    public static (DirectLineCredential? Credential, IResult? Error) Authenticate(
        HttpRequest request, DirectLineTokens tokens, string? conversationId, bool forStream = false)
    {
        var presented = Bearer(request);
        if (presented is null && forStream)
        {
            presented = request.Query["t"].ToString();
        }

        var check = tokens.Check(presented);
        switch (check.Status)
        {
            case CredentialStatus.Missing:
                return (null, DirectLineErrors.MissingCredential());
            case CredentialStatus.Invalid:
                return (null, DirectLineErrors.BadCredential());
            case CredentialStatus.Expired:
                return (null, DirectLineErrors.TokenExpired());
        }

        var credential = check.Credential!;
        if (credential.Kind == CredentialKind.Stream && !forStream)
        {
            return (null, DirectLineErrors.Forbidden("A stream token only opens the conversation's WebSocket."));
        }

        if (conversationId is not null && !credential.MayAccess(conversationId))
        {
            return (null, DirectLineErrors.Forbidden("The token is not valid for this conversation."));
        }

        return (credential, null);
    }

    /// <summary>
    /// Opens an existing conversation for a call that reads its transcript: checks the credential as
    /// <see cref="Authenticate"/> does, then that the conversation is live (404) and the <c>watermark</c> query is one this
    /// service gave (400), in that order. Returns the opened conversation, or the error to answer with.
    /// </summary>
    public static async Task<(DirectLineOpened? Opened, IResult? Error)> OpenAsync(
        HttpRequest request, DirectLineService service, string conversationId, bool forStream = false)
    {
        var (credential, error) = Authenticate(request, service.Tokens, conversationId, forStream);
        if (error is not null)
        {
            return (null, error);
        }

        if (await service.Conversations.FindAsync(conversationId) is not { } conversation)
        {
            return (null, DirectLineErrors.ConversationNotFound());
        }

        if (!TryReadWatermark(request, out var watermark))
        {
            return (null, DirectLineErrors.BadArgument("The watermark is not one this service gave."));
        }

        return (new DirectLineOpened(credential!, conversation, watermark), null);
    }

    /// <summary>The bearer value, or null when the header is missing or not a bearer credential.</summary>
    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    /// <summary>
    /// The body as a JSON object; an empty body gives an empty object when <paramref name="optional"/>.
    /// Errors: 413 past <paramref name="limit"/> bytes, 400 when it is not a JSON object.
    /// </summary>
    public static async Task<(JObject? Body, IResult? Error)> ReadJsonAsync(HttpRequest request, int limit, bool optional, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, DirectLineErrors.TooBig(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, DirectLineErrors.TooBig(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (string.IsNullOrWhiteSpace(text))
        {
            return optional ? ([], null) : (null, DirectLineErrors.BadSyntax("The request body is empty; send a JSON object."));
        }

        var json = DirectLineJson.ParseObject(text);
        return json is null ? (null, DirectLineErrors.BadSyntax("The request body is not a JSON object.")) : (json, null);
    }

    /// <summary>The <c>watermark</c> query value: absent or empty is "from the start"; anything but a number is refused.</summary>
    private static bool TryReadWatermark(HttpRequest request, out long? watermark)
    {
        watermark = null;
        var text = request.Query["watermark"].ToString();
        if (string.IsNullOrEmpty(text) || text == "-")
        {
            return true;
        }

        if (long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= -1)
        {
            watermark = value < 0 ? null : value;
            return true;
        }

        return false;
    }

    /// <summary>This Direct Line's base URL as the client reached it, e.g. <c>http://localhost:3978/v3/directline</c>.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";
}
