using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SummitBot.Tests.Authentication;

/// <summary>
/// Stands in for the Bot Framework's OpenID metadata (login.botframework.com) on 127.0.0.1 over HTTPS: serves the
/// metadata document and a key set with one RSA key endorsed for the given channels, and signs tokens the way the
/// Bot Connector service does (issuer https://api.botframework.com, audience the bot's App ID, a serviceurl claim).
/// </summary>
internal sealed class LoopbackOpenIdServer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly LoopbackCertificate _certificate;

    private LoopbackOpenIdServer(WebApplication app, LoopbackCertificate certificate, RsaSecurityKey key)
    {
        _app = app;
        _certificate = certificate;
        SigningKey = key;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        MetadataUrl = address.TrimEnd('/') + "/v1/.well-known/openidconfiguration";
    }

    public string MetadataUrl { get; }

    /// <summary>The key the metadata lists; tokens signed with anything else must be refused.</summary>
    public RsaSecurityKey SigningKey { get; }

    /// <summary>How many times the metadata document was fetched.</summary>
    public int MetadataRequests => _metadataRequests;

    private int _metadataRequests;

    public static async Task<LoopbackOpenIdServer> StartAsync(params string[] endorsedChannels)
    {
        var certificate = LoopbackCertificate.Create();
        var key = NewKey("summitbot-test-key");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate.Certificate)));
        var app = builder.Build();

        LoopbackOpenIdServer? server = null;
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) =>
        {
            Interlocked.Increment(ref server!._metadataRequests);
            var root = $"{request.Scheme}://{request.Host}";
            return Results.Text(new JsonObject
            {
                ["issuer"] = ChannelIssuer,
                ["authorization_endpoint"] = root + "/v1/authorize",
                ["jwks_uri"] = root + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString(), "application/json");
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. endorsedChannels.Select(c => (JsonNode)c)]),
            };
            return Results.Text(new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString(), "application/json");
        });

        await app.StartAsync();
        server = new LoopbackOpenIdServer(app, certificate, key);
        return server;
    }

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>A token signed with this server's key, as the Bot Connector service would send it.</summary>
    public string Sign(string audience, string serviceUrl) => ChannelTokens.Sign(SigningKey, audience, serviceUrl);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
        SigningKey.Rsa.Dispose();
    }
}
