using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace SummitBot.Tests.DirectLine;

/// <summary>Secrets and tokens: who may call what, and for how long.</summary>
public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task RefusesAMissingOrWrongSecretWith401()
    {
        using var host = new DirectLineHost();

        DirectLineClient.AssertError(HttpStatusCode.Unauthorized, "BadArgument", await host.Client(credential: null).PostAsync("/v3/directline/tokens/generate"));
        DirectLineClient.AssertError(HttpStatusCode.Unauthorized, "BadArgument", await host.Client("not-the-secret-at-all-0000").PostAsync("/v3/directline/tokens/generate"));
        DirectLineClient.AssertError(HttpStatusCode.Unauthorized, "BadArgument", await host.Client("not-the-secret-at-all-0000").PostAsync("/v3/directline/conversations"));
    }

    [Fact]
    public async Task GeneratesATokenThatLastsHalfAnHourForANewConversation()
    {
        using var host = new DirectLineHost();
        var (status, body) = await host.Client().PostAsync("/v3/directline/tokens/generate");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.NotEqual(DirectLineHost.Secret, (string?)body["token"]);
    }

    [Fact]
    public async Task ATokenCannotReadOrPostToAnotherConversation()
    {
        using var host = new DirectLineHost();
        var alice = host.Client();
        var conversationA = await alice.StartWithTokenAsync();
        var bob = host.Client();
        var conversationB = await bob.StartWithTokenAsync();
        await bob.SayAsync(conversationB, "hello");

        var tokenOfA = alice.Credential;
        var intruder = host.Client(tokenOfA);
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "BadArgument", await intruder.GetAsync($"/v3/directline/conversations/{conversationB}/activities"));
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "BadArgument", await intruder.PostAsync($"/v3/directline/conversations/{conversationB}/activities", DirectLineClient.Message("hi")));
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "BadArgument", await intruder.GetAsync($"/v3/directline/conversations/{conversationB}"));

        // Its own conversation still works, and B's transcript holds only B's activities.
        Assert.NotNull(await alice.SayAsync(conversationA, "hello"));
        var (activitiesOfB, _) = await bob.ActivitiesAsync(conversationB);
        Assert.All(activitiesOfB, a => Assert.Equal(conversationB, (string?)a["conversation"]?["id"]));
    }

    [Fact]
    public async Task AnExpiredTokenGets403TokenExpiredAndCannotBeRefreshed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new DirectLineHost(time);
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        time.Advance(TimeSpan.FromSeconds(1799));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v3/directline/conversations/{conversationId}/activities")).Status);

        time.Advance(TimeSpan.FromSeconds(2));
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "TokenExpired", await client.GetAsync($"/v3/directline/conversations/{conversationId}/activities"));
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "TokenExpired", await client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", DirectLineClient.Message("hi")));
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "TokenExpired", await client.PostAsync("/v3/directline/tokens/refresh"));
    }

    [Fact]
    public async Task ARefreshedTokenKeepsTheConversationAndOutlivesTheOldOne()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new DirectLineHost(time);
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync();

        time.Advance(TimeSpan.FromMinutes(20));
        var (status, refreshed) = await client.PostAsync("/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)refreshed["conversationId"]);
        var oldToken = client.Credential;
        client.Credential = (string)refreshed["token"]!;

        time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(oldToken).GetAsync($"/v3/directline/conversations/{conversationId}/activities")).Status);
        Assert.NotNull(await client.SayAsync(conversationId, "hello"));
    }

    [Fact]
    public async Task OnlyTheSecretGeneratesTokensAndOnlyATokenIsRefreshed()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        await client.StartWithTokenAsync();

        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "BadArgument", await client.PostAsync("/v3/directline/tokens/generate"));
        DirectLineClient.AssertError(HttpStatusCode.Forbidden, "BadArgument", await host.Client().PostAsync("/v3/directline/tokens/refresh"));
    }

    [Fact]
    public async Task RefusesATokenSignedWithAnotherSecretOrWithAlgNone()
    {
        using var other = new DirectLineHost(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "another-secret-of-another-bot-42" });
        var (_, foreign) = await other.Client("another-secret-of-another-bot-42").PostAsync("/v3/directline/tokens/generate");

        using var host = new DirectLineHost();
        DirectLineClient.AssertError(HttpStatusCode.Unauthorized, "BadArgument", await host.Client((string)foreign["token"]!).PostAsync("/v3/directline/conversations"));

        // The same claims, unsigned.
        var parts = ((string)foreign["token"]!).Split('.');
        var none = Base64Url("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
        DirectLineClient.AssertError(HttpStatusCode.Unauthorized, "BadArgument", await host.Client(none).PostAsync("/v3/directline/conversations"));
    }

    [Fact]
    public async Task ATokenBoundToAUserSpeaksAsThatUserWhateverFromSays()
    {
        using var host = new DirectLineHost();
        var client = host.Client();
        var conversationId = await client.StartWithTokenAsync(userId: "dl_alice");

        var id = await client.SayAsync(conversationId, "hello", userId: "mallory");

        var (activities, _) = await client.ActivitiesAsync(conversationId);
        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("dl_alice", (string?)echo["from"]?["id"]);
    }

    [Fact]
    public async Task GeneratingATokenWithAMalformedBodyIs400()
    {
        using var host = new DirectLineHost();
        var client = host.Client();

        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadSyntax", await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "{\"user\":"));
        DirectLineClient.AssertError(HttpStatusCode.BadRequest, "BadArgument", await client.PostAsync("/v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = 42 } }));
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
