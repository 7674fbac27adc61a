using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SummitBot.Tests.Authentication;

/// <summary>
/// With an App ID set, only requests a channel signed are processed: everything else is 401, quickly, never a 500,
/// and never reaches the bot. Runs the SDK's real validation against OpenID metadata and a key served by the test.
/// </summary>
public sealed class ChannelAuthenticationTests(SignedChannelFixture fixture) : IClassFixture<SignedChannelFixture>
{
    private const string AppId = SignedChannelFixture.AppId;
    private const string ServiceUrl = SignedRequests.ServiceUrl;

    /// <summary>Each way a request can fail to be a channel's, by name, so a failing case says which.</summary>
    public static TheoryData<string> Forgeries =>
    [
        "no header",
        "empty bearer",
        "basic scheme",
        "not a jwt",
        "two segments",
        "garbage base64",
        "alg none",
        "alg none with a signature",
        "symmetric key",
        "signed with another key",
        "another key under an unknown key id",
        "wrong audience",
        "wrong issuer",
        "expired",
        "service url mismatch",
        "token far too long",
    ];

    [Fact]
    public async Task AnswersARequestSignedByTheChannel()
    {
        var before = fixture.Bot.Turns.Turns;
        var token = fixture.OpenId.Sign(AppId, ServiceUrl);

        var (status, body, _) = await SignedRequests.PostAsync(fixture.Bot.Client, SignedRequests.Activity("hello"), SignedRequests.Bearer(token));

        Assert.True(status == HttpStatusCode.OK, $"{status}: " + string.Join("\n", fixture.Bot.Logs.Entries.Where(e => e.Level >= LogLevel.Warning)));
        var replies = body?["activities"]?.AsArray();
        Assert.NotNull(replies);
        Assert.Contains(replies, r => !string.IsNullOrWhiteSpace((string?)r?["text"]));
        Assert.Equal(before + 1, fixture.Bot.Turns.Turns);
        Assert.True(fixture.OpenId.MetadataRequests > 0, "the SDK validated against the test's metadata");
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task RefusesARequestTheChannelDidNotSign(string forgery)
    {
        var before = fixture.Bot.Turns.Turns;

        var (status, body, elapsed) = await SignedRequests.PostAsync(fixture.Bot.Client, SignedRequests.Activity("where is the second summit?"), Header(forgery));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Null(body?["activities"]);
        Assert.Equal(before, fixture.Bot.Turns.Turns);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"refused in {elapsed}");
    }

    [Fact]
    public async Task RefusesWithoutLoggingTheToken()
    {
        var forged = ChannelTokens.Sign(LoopbackOpenIdServer.NewKey(fixture.OpenId.SigningKey.KeyId!), AppId, ServiceUrl);
        var malformed = "eyJhbGciOiJSUzI1NiJ9.bm90LWpzb24." + Base64UrlEncoder.Encode("secret-looking-signature");

        var first = await SignedRequests.PostAsync(fixture.Bot.Client, SignedRequests.Activity("hi"), SignedRequests.Bearer(forged));
        var second = await SignedRequests.PostAsync(fixture.Bot.Client, SignedRequests.Activity("hi"), SignedRequests.Bearer(malformed));

        Assert.Equal(HttpStatusCode.Unauthorized, first.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, second.Status);
        var entries = fixture.Bot.Logs.Entries;
        Assert.Contains(entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Refused an unauthenticated request", StringComparison.Ordinal));
        foreach (var token in new[] { forged, malformed })
        {
            var signature = token[(token.LastIndexOf('.') + 1)..];
            Assert.DoesNotContain(entries, e => e.ToString().Contains(signature, StringComparison.Ordinal));
        }
    }

    private string? Header(string forgery)
    {
        var openId = fixture.OpenId;
        return forgery switch
        {
            "no header" => null,
            "empty bearer" => "Bearer ",
            "basic scheme" => "Basic " + Convert.ToBase64String("user:password"u8.ToArray()),
            "not a jwt" => "Bearer not-a-jwt",
            "two segments" => "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0",
            "garbage base64" => "Bearer %%%.!!!.***",
            "alg none" => SignedRequests.Bearer(ChannelTokens.Unsigned(AppId, ServiceUrl)),
            "alg none with a signature" => SignedRequests.Bearer(ChannelTokens.Unsigned(AppId, ServiceUrl, signature: "c2lnbmF0dXJl")),
            "symmetric key" => SignedRequests.Bearer(ChannelTokens.Sign(
                new SymmetricSecurityKey(openId.SigningKey.Rsa.ExportSubjectPublicKeyInfo()) { KeyId = openId.SigningKey.KeyId },
                AppId,
                ServiceUrl,
                algorithm: SecurityAlgorithms.HmacSha256)),
            "signed with another key" => SignedRequests.Bearer(ChannelTokens.Sign(LoopbackOpenIdServer.NewKey(openId.SigningKey.KeyId!), AppId, ServiceUrl)),
            "another key under an unknown key id" => SignedRequests.Bearer(ChannelTokens.Sign(LoopbackOpenIdServer.NewKey("unknown-key"), AppId, ServiceUrl)),
            "wrong audience" => SignedRequests.Bearer(openId.Sign("11111111-2222-3333-4444-555555555555", ServiceUrl)),
            "wrong issuer" => SignedRequests.Bearer(ChannelTokens.Sign(openId.SigningKey, AppId, ServiceUrl, issuer: "https://attacker.example")),
            "expired" => SignedRequests.Bearer(ChannelTokens.Sign(openId.SigningKey, AppId, ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10))),
            "service url mismatch" => SignedRequests.Bearer(openId.Sign(AppId, "https://smba.example/teams/")),
            "token far too long" => SignedRequests.Bearer(openId.Sign(AppId, ServiceUrl) + new string('A', 20_000)),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, "unknown forgery"),
        };
    }
}
