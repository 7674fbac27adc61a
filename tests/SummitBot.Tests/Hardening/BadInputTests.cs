using System.Net;
using CsCheck;
using SummitBot.Tests.Http;
using Xunit.Abstractions;

namespace SummitBot.Tests.Hardening;

/// <summary>
/// Property tests over every endpoint that takes activities: whatever a client posts, the bot answers with a 2xx or a
/// 4xx, shows no internals, and keeps answering. Bounded: a fixed number of generated requests per property.
/// </summary>
public sealed class BadInputTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    private const int Iterations = 300;

    [Fact]
    public async Task NoMalformedActivityGetsAServerErrorOrAStackTrace()
    {
        var targets = FuzzTarget.Mapped(host.Factory);
        Assert.Contains(FuzzTarget.Messages, targets);
        var http = host.Factory.CreateClient();
        foreach (var target in targets)
        {
            var request = await target.Prepare(http);
            await BadBodies.Activity(host.Channel.ServiceUrl).SampleAsync(
                async body =>
                {
                    using var response = await http.SendAsync(request(body));
                    await ResponseChecks.AssertHandledAsync(response, $"{target.Name}: {body}");
                },
                iter: Iterations,
                threads: 1);
            output.WriteLine($"{Iterations} generated activities posted to {target.Name}: no 5xx, no stack trace");
        }

        await AssertStillAnsweringAsync();
    }

    [Fact]
    public async Task NoBodyThatIsNotAnActivityGetsAServerErrorOrAStackTrace()
    {
        var http = host.Factory.CreateClient();
        foreach (var target in FuzzTarget.Mapped(host.Factory))
        {
            var request = await target.Prepare(http);
            await BadBodies.NotAnActivity(host.Channel.ServiceUrl, FuzzHost.MaxBodyBytes).SampleAsync(
                async body =>
                {
                    using var response = await http.SendAsync(request(body));
                    await ResponseChecks.AssertHandledAsync(response, $"{target.Name}: {body}");
                    if (body.Bytes.Length > FuzzHost.MaxBodyBytes)
                    {
                        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
                    }
                },
                iter: Iterations,
                threads: 1);
            output.WriteLine($"{Iterations} generated non-activity bodies posted to {target.Name}: no 5xx, no stack trace, 413 over the limit");
        }

        await AssertStillAnsweringAsync();
    }

    private async Task AssertStillAnsweringAsync()
    {
        var http = host.Factory.CreateClient();
        using var alive = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        var replies = await new ActivityClient(http, "after-fuzzing").AskAsync("where is the second summit?");
        Assert.NotEmpty(replies);
        Assert.False(string.IsNullOrWhiteSpace((string?)replies[0]["text"]));
    }
}
