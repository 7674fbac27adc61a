using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line credentials. Tokens are JWTs signed with HMAC-SHA256 under a key derived from the secret
/// (so changing the secret revokes them), carrying the conversation (<c>conv</c>), the user when bound (<c>user</c>, which
/// Direct Line clients read) and an expiry. Nothing is stored per token: any instance sharing the secret can check them.
/// </summary>
internal sealed class DirectLineTokens
{
    private const string Issuer = "summitbot-directline";
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");

    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        _options = options.Value;
        _time = time;
        var secret = _options.Secret?.Trim();
        if (string.IsNullOrEmpty(secret))
        {
            // Never logged: only the fact that it is random, so operators know tokens do not survive a restart.
            secret = Base64Url(RandomNumberGenerator.GetBytes(32));
            logger.LogInformation("DirectLine:Secret is not set; using a random secret made at start-up (tokens end with this process)");
        }

        _secret = Encoding.UTF8.GetBytes(secret);
        _signingKey = HMACSHA256.HashData(_secret, "summitbot/directline/token-signing/v1"u8);
    }

    public int TokenLifetimeSeconds => _options.TokenLifetimeSeconds;

    /// <summary>A token for one conversation (and user, when given), valid for the configured lifetime.</summary>
    public string IssueToken(string conversationId, string? userId, string? userName) =>
        Issue("token", conversationId, userId, userName, TimeSpan.FromSeconds(_options.TokenLifetimeSeconds));

    /// <summary>The short-lived credential put in a <c>streamUrl</c>: it only opens that conversation's WebSocket.</summary>
    public string IssueStreamToken(string conversationId, string? userId) =>
        Issue("stream", conversationId, userId, null, TimeSpan.FromSeconds(_options.StreamUrlLifetimeSeconds));

    /// <summary>Checks a bearer value: the secret, or a token signed by it. Expired tokens are reported as such.</summary>
    public CredentialCheck Check(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return CredentialCheck.Missing;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        if (CryptographicOperations.FixedTimeEquals(bytes, _secret))
        {
            return new CredentialCheck(CredentialStatus.Valid, DirectLineCredential.Secret);
        }

        return ReadToken(presented);
    }

    private string Issue(string kind, string conversationId, string? userId, string? userName, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["kind"] = kind,
            ["conv"] = conversationId,
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime).ToUnixTimeSeconds(),
            ["jti"] = Base64Url(RandomNumberGenerator.GetBytes(12)),
        };
        if (userId is not null)
        {
            payload["user"] = userId;
        }

        if (userName is not null)
        {
            payload["name"] = userName;
        }

        var signingInput = Base64Url(Header) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        return signingInput + "." + Base64Url(HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(signingInput)));
    }

    private CredentialCheck ReadToken(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 4096)
        {
            return CredentialCheck.Invalid;
        }

        // The signature is checked over the exact header and payload received; the header must be ours (HS256), so
        // "alg": "none" or any other algorithm never verifies.
        var expected = HMACSHA256.HashData(_signingKey, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!TryFromBase64Url(parts[2], out var signature) || !CryptographicOperations.FixedTimeEquals(signature, expected)
            || !TryFromBase64Url(parts[0], out var header) || !header.AsSpan().SequenceEqual(Header)
            || !TryFromBase64Url(parts[1], out var payloadBytes))
        {
            return CredentialCheck.Invalid;
        }

        DirectLineCredential credential;
        try
        {
            credential = ReadClaims(JsonNode.Parse(payloadBytes)?.AsObject());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return CredentialCheck.Invalid;
        }

        return _time.GetUtcNow() >= credential.ExpiresAt
            ? new CredentialCheck(CredentialStatus.Expired, credential)
            : new CredentialCheck(CredentialStatus.Valid, credential);
    }

    private static DirectLineCredential ReadClaims(JsonObject? payload)
    {
        var kind = payload?["kind"]?.GetValue<string>() switch
        {
            "token" => CredentialKind.Token,
            "stream" => CredentialKind.Stream,
            _ => throw new FormatException("unknown token kind"),
        };
        var conversationId = payload!["conv"]?.GetValue<string>() ?? throw new FormatException("no conversation");
        var expires = payload["exp"]?.GetValue<long>() ?? throw new FormatException("no expiry");
        return new DirectLineCredential(
            kind,
            conversationId,
            payload["user"]?.GetValue<string>(),
            payload["name"]?.GetValue<string>(),
            DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        bytes = new byte[base64.Length];
        if (Convert.TryFromBase64String(base64, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}

/// <summary>How a presented credential checked out.</summary>
internal enum CredentialStatus
{
    Missing,
    Invalid,
    Expired,
    Valid,
}

/// <summary>The outcome of <see cref="DirectLineTokens.Check"/>: the credential is set when valid or expired.</summary>
internal sealed record CredentialCheck(CredentialStatus Status, DirectLineCredential? Credential)
{
    public static readonly CredentialCheck Missing = new(CredentialStatus.Missing, null);
    public static readonly CredentialCheck Invalid = new(CredentialStatus.Invalid, null);
}
