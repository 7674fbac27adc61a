using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SummitBot.Tests.Authentication;

/// <summary>Tokens shaped like the Bot Connector service's, signed (or not) however a test needs.</summary>
internal static class ChannelTokens
{
    public static string Sign(
        SecurityKey key,
        string audience,
        string serviceUrl,
        string issuer = LoopbackOpenIdServer.ChannelIssuer,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiry,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsecured JWT (<c>alg: none</c>) with the claims a channel token carries, and the given signature part.</summary>
    public static string Unsigned(string audience, string serviceUrl, string signature = "")
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = LoopbackOpenIdServer.ChannelIssuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now - 60,
            ["exp"] = now + 1800,
        };
        return $"{Encode(header)}.{Encode(payload)}.{signature}";
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
