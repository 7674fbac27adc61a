using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace SummitBot.Authentication;

/// <summary>
/// A cheap check of an Authorization header's shape before the SDK parses it: the SDK lets the JWT parser's exceptions
/// escape as 500s, and would fetch OpenID metadata for a token it could never accept.
/// </summary>
internal static class BearerTokenShape
{
    private const string Scheme = "Bearer ";

    /// <summary>Why the header cannot carry a channel's token, or null when it may (the SDK then checks it for real).</summary>
    public static string? Problem(string authHeader, int maxTokenLength)
    {
        if (!authHeader.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return "not a Bearer token";
        }

        var token = authHeader[Scheme.Length..].Trim();
        if (token.Length == 0)
        {
            return "empty token";
        }

        if (token.Length > maxTokenLength)
        {
            return "token too long";
        }

        // A signed compact JWS: header.payload.signature, none of them empty (an unsigned "alg: none" token has no signature).
        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return "malformed token";
        }

        string? algorithm;
        try
        {
            algorithm = new JsonWebToken(token).Alg;
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException is an ArgumentException: bad base64, bad JSON, …
            return "malformed token";
        }

        return algorithm is not null && AuthenticationConstants.AllowedSigningAlgorithms.Contains(algorithm)
            ? null
            : "signing algorithm not allowed";
    }
}
