using System.Net;
using Microsoft.Extensions.Options;

namespace SummitBot.Tests.DirectLine;

/// <summary>Direct Line's settings and what a page on another origin may do.</summary>
public sealed class DirectLineSettingsTests
{
    [Fact]
    public void AShortSecretStopsTheBotAtStartUp()
    {
        using var host = new DirectLineHost(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => host.Client());

        Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("DirectLine:Secret", error.GetBaseException().Message);
    }

    [Fact]
    public async Task WithoutASecretSetTheBotMakesARandomOneThatIsNotEmpty()
    {
        using var host = new DirectLineHost(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = string.Empty });

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client(credential: string.Empty).PostAsync("/v3/directline/tokens/generate")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client(DirectLineHost.Secret).PostAsync("/v3/directline/tokens/generate")).Status);
        var (status, session) = await host.Client(credential: null).PostAsync("/api/directline/token");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Created, (await host.Client((string)session["token"]!).PostAsync("/v3/directline/conversations")).Status);
    }

    [Fact]
    public async Task APageOnAnotherOriginMayCallDirectLineWithItsToken()
    {
        using var host = new DirectLineHost();
        var http = host.Client().Http;
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await http.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.DoesNotContain("Access-Control-Allow-Credentials", response.Headers.Select(h => h.Key));
    }
}
