using System.Net;
using System.Text.Json.Nodes;
using SummitBot.Tests.State;

namespace SummitBot.Tests.DirectLine;

/// <summary>
/// The built-in Direct Line across instances: two bot processes sharing one redis-server (no Direct Line secret set,
/// so they share one through Redis), nginx round-robin in front, all on 127.0.0.1 ports. A conversation started
/// through one instance is posted to through the other and read by polling and over WebSockets from either; an
/// instance killed mid-conversation loses no activity and duplicates none, and the conversation goes on on the other.
/// </summary>
[Trait("Category", "Service")]
public sealed class DirectLineScaleOutTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AConversationStartedOnOneInstanceIsPostedToAndStreamedFromTheOther()
    {
        await cluster.EnsureBothRunningAsync();
        using var httpA = ScaleOutCluster.ClientFor(cluster.A.Url);
        using var httpB = ScaleOutCluster.ClientFor(cluster.B.Url);
        var (conversationId, token) = await StartAsync(httpA);
        var onA = new DirectLineClient(httpA, token);
        var onB = new DirectLineClient(httpB, token);

        // A WebSocket on each instance, opened through the other's reconnect call (a streamUrl works on any instance).
        await using var socketB = await DirectLineSocket.ConnectAsync(await StreamUrlAsync(onA, conversationId, cluster.B.Url));
        await using var socketA = await DirectLineSocket.ConnectAsync(await StreamUrlAsync(onB, conversationId, cluster.A.Url));

        var first = await onB.SayAsync(conversationId, "When is the second summit?");
        var followUp = await onA.SayAsync(conversationId, "And where?");

        // Polled from either instance: the same transcript, the follow-up answered from the context the other kept.
        var (fromA, _) = await onA.ActivitiesAsync(conversationId);
        var (fromB, _) = await onB.ActivitiesAsync(conversationId);
        Assert.Equal(Ids(fromA), Ids(fromB));
        Assert.Contains("February 27", ReplyTo(fromA, first));
        Assert.Contains("Hanoi", ReplyTo(fromA, followUp));

        // Each stream got every activity once, whichever instance appended it.
        foreach (var socket in new[] { socketA, socketB })
        {
            await socket.WaitForAsync(got => got.Count >= fromA.Count, Within, $"the {fromA.Count} activities");
            Assert.Equal(Ids(fromA), Ids(socket.Activities));
        }
    }

    [Fact]
    public async Task AnInstanceKilledMidConversationLosesAndDuplicatesNoActivity()
    {
        await cluster.EnsureBothRunningAsync();
        using var viaNginx = ScaleOutCluster.ClientFor(cluster.Nginx.Url);
        using var httpA = ScaleOutCluster.ClientFor(cluster.A.Url);
        using var httpB = ScaleOutCluster.ClientFor(cluster.B.Url);
        var (conversationId, token) = await StartAsync(viaNginx);
        var client = new DirectLineClient(viaNginx, token);

        await using var socketOnB = await DirectLineSocket.ConnectAsync(await StreamUrlAsync(client, conversationId, cluster.B.Url));
        var socketOnA = await DirectLineSocket.ConnectAsync(await StreamUrlAsync(client, conversationId, cluster.A.Url));

        string[] before = ["When is the second summit?", "And where?", "who is Stephen Biegun?"];
        string[] after = ["What is his title?", "where was the first summit?", "When is the second summit?"];
        var posted = new List<string>();
        foreach (var text in before)
        {
            posted.Add(await client.SayAsync(conversationId, text));
        }

        await socketOnA.WaitForAsync(got => got.Count >= 1 + (2 * before.Length), Within, "the first turns");
        cluster.A.Kill();
        await socketOnA.Ended.WaitAsync(Within);
        var seenOnA = socketOnA.Activities;
        await socketOnA.DisposeAsync();

        // Through nginx every call now reaches the survivor; the client reconnects its stream from its watermark.
        foreach (var text in after)
        {
            posted.Add(await client.SayAsync(conversationId, text));
        }

        await using var reconnected = await DirectLineSocket.ConnectAsync(await StreamUrlAsync(client, conversationId, cluster.Nginx.Url, Watermark(seenOnA)));

        var (transcript, _) = await client.ActivitiesAsync(conversationId);
        AssertEveryTurnOnceInOrder(transcript, posted);
        Assert.Contains("Special Representative", ReplyTo(transcript, posted[3]));

        await socketOnB.WaitForAsync(got => got.Count >= transcript.Count, Within, "the whole transcript");
        Assert.Equal(Ids(transcript), Ids(socketOnB.Activities));
        await reconnected.WaitForAsync(got => seenOnA.Count + got.Count >= transcript.Count, Within, "what the killed stream missed");
        Assert.Equal(Ids(transcript), [.. Ids(seenOnA), .. Ids(reconnected.Activities)]);

        await ScaleOutCluster.StartAsync(cluster.A);
    }

    /// <summary>A token from the Web Chat token endpoint (no secret needed) and its conversation, started.</summary>
    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient http)
    {
        var (status, session) = await new DirectLineClient(http, credential: null).PostAsync("/api/directline/token");
        Assert.Equal(HttpStatusCode.OK, status);
        var token = (string)session["token"]!;
        var (started, body) = await new DirectLineClient(http, token).PostAsync("/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, started);
        return ((string)body["conversationId"]!, token);
    }

    /// <summary>The streamUrl a reconnect gives, pointed at <paramref name="instance"/> (the stream token is valid on any).</summary>
    private static async Task<Uri> StreamUrlAsync(DirectLineClient client, string conversationId, Uri instance, string? watermark = null)
    {
        var (status, body) = await client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, status);
        var streamUrl = new UriBuilder((string)body["streamUrl"]!) { Host = instance.Host, Port = instance.Port };
        return streamUrl.Uri;
    }

    /// <summary>Each posted message once, in order, each followed by exactly one bot reply before the next message.</summary>
    private static void AssertEveryTurnOnceInOrder(IReadOnlyList<JsonObject> transcript, IReadOnlyList<string> posted)
    {
        Assert.Equal(Ids(transcript).Distinct(), Ids(transcript));
        var messages = transcript.Where(a => (string?)a["type"] == "message").ToList();
        var fromUser = messages.Where(a => (string?)a["from"]?["role"] == "user" || posted.Contains((string)a["id"]!)).Select(a => (string)a["id"]!).ToList();
        Assert.Equal(posted, fromUser);
        foreach (var id in posted)
        {
            Assert.Single(transcript, a => (string?)a["replyToId"] == id);
        }

        // Sequence numbers count on without a gap: nothing appended was lost.
        var sequences = Ids(transcript).Select(i => long.Parse(i[(i.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], sequences.Count).Select(n => (long)n), sequences);
    }

    private static string? Watermark(IReadOnlyList<JsonObject> seen)
    {
        if (seen.Count == 0)
        {
            return null;
        }

        var id = (string)seen[^1]["id"]!;
        return long.Parse(id[(id.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string ReplyTo(IReadOnlyList<JsonObject> transcript, string activityId) =>
        (string?)transcript.Single(a => (string?)a["replyToId"] == activityId)["text"] ?? string.Empty;

    private static List<string> Ids(IEnumerable<JsonObject> activities) => [.. activities.Select(a => (string)a["id"]!)];
}
