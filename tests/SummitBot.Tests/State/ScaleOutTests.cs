using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace SummitBot.Tests.State;

/// <summary>
/// Scale-out, with real processes: two instances of the built bot sharing one redis-server, nginx round-robin in
/// front, all on loopback. A follow-up answered by the other instance keeps its context; killing an instance in the
/// middle of a stream of questions loses no acknowledged turn (the client retries the same activity on connection
/// errors); conversations survive a restart of both instances.
/// </summary>
[Trait("Category", "Service")]
public sealed class ScaleOutTests(ScaleOutCluster cluster, ITestOutputHelper output) : IClassFixture<ScaleOutCluster>
{
    private const string FirstQuestion = "When is the second summit?";
    private const string FollowUp = "And where?";
    private const string FollowUpAnswer = "Hanoi";
    private const string PersonQuestion = "who is Stephen Biegun?";
    private const string PersonAnswer = "Special Representative";

    private const string NotInSources = "not in my sources";

    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task KeepsTheContextWhenTheFollowUpIsAnsweredByTheOtherInstance()
    {
        await cluster.EnsureBothRunningAsync();
        using var timeout = new CancellationTokenSource(TestTimeout);
        using var toA = ScaleOutCluster.ClientFor(cluster.A.Url);
        using var toB = ScaleOutCluster.ClientFor(cluster.B.Url);
        var conversation = $"direct-{Guid.NewGuid():N}";

        await new ScaleOutClient(toA).AskAsync(conversation, FirstQuestion, timeout.Token);
        var followUp = await new ScaleOutClient(toB).AskAsync(conversation, FollowUp, timeout.Token);

        Assert.Contains(FollowUpAnswer, Assert.Single(followUp.Replies), StringComparison.Ordinal);

        // The same through nginx: five conversations ask, then follow up; round-robin sends each follow-up elsewhere.
        using var viaProxy = ScaleOutCluster.ClientFor(cluster.Nginx.Url);
        var client = new ScaleOutClient(viaProxy);
        var conversations = Enumerable.Range(0, 5).Select(i => $"proxied-{i}-{Guid.NewGuid():N}").ToList();
        var firsts = new List<ScaleOutTurn>();
        foreach (var c in conversations)
        {
            firsts.Add(await client.AskAsync(c, FirstQuestion, timeout.Token));
        }

        var crossed = 0;
        foreach (var first in firsts)
        {
            var second = await client.AskAsync(first.ConversationId, FollowUp, timeout.Token);
            Assert.Contains(FollowUpAnswer, Assert.Single(second.Replies), StringComparison.Ordinal);
            crossed += second.Upstream != first.Upstream ? 1 : 0;
        }

        output.WriteLine($"follow-ups answered by the other instance than their question: {crossed} of {firsts.Count} through nginx, plus 1 direct");
        Assert.True(crossed >= 1, "nginx never sent a follow-up to the other instance");
    }

    [Fact]
    public async Task LosesNoAcknowledgedTurnWhenAnInstanceIsKilledDuringAStreamOfQuestions()
    {
        await cluster.EnsureBothRunningAsync();
        using var timeout = new CancellationTokenSource(TestTimeout);
        using var viaProxy = ScaleOutCluster.ClientFor(cluster.Nginx.Url);
        var client = new ScaleOutClient(viaProxy);
        const int clients = 4;
        const int turnsEach = 45;
        const int killAfter = 40;
        string[] cycle = [FirstQuestion, FollowUp, PersonQuestion];

        var turns = new ConcurrentQueue<ScaleOutTurn>();
        var acknowledged = 0;
        var killed = new TaskCompletionSource();
        var killedAt = 0;

        var streams = Enumerable.Range(0, clients).Select(n => Task.Run(async () =>
        {
            var conversation = $"stream-{n}-{Guid.NewGuid():N}";
            for (var t = 0; t < turnsEach; t++)
            {
                var turn = await client.AskAsync(conversation, cycle[t % cycle.Length], timeout.Token);
                turns.Enqueue(turn);
                if (Interlocked.Increment(ref acknowledged) == killAfter)
                {
                    killed.TrySetResult();
                }

                await Task.Delay(40, timeout.Token);
            }
        })).ToList();

        var replayed = Replays();
        await killed.Task.WaitAsync(timeout.Token);
        killedAt = Volatile.Read(ref acknowledged);
        cluster.B.Kill();
        await Task.WhenAll(streams);
        var (answeredAgain, waited, takenOver) = Replays();

        var all = turns.ToList();
        var byB = all.Count(t => t.Upstream.Contains($":{cluster.B.Port}", StringComparison.Ordinal));
        output.WriteLine(
            $"turns acknowledged: {all.Count} of {clients * turnsEach}; instance B killed (SIGKILL) after {killedAt}; " +
            $"served (at least in part) by B: {byB}; deliveries retried by the client: {client.Retries}; " +
            $"turns needing more than one attempt: {all.Count(t => t.Attempts > 1)}; " +
            $"retries given the first delivery's replies: {answeredAgain - replayed.AnsweredAgain}, " +
            $"retries that waited for a running turn: {waited - replayed.Waited}, " +
            $"turns taken over from the dead instance after the lease: {takenOver - replayed.TakenOver}");

        Assert.Equal(clients * turnsEach, all.Count);
        Assert.True(byB > 0, "instance B served no turn before it was killed");
        foreach (var turn in all)
        {
            var reply = Assert.Single(turn.Replies);
            Assert.DoesNotContain("went wrong", reply, StringComparison.Ordinal);
            Assert.DoesNotContain(NotInSources, reply, StringComparison.Ordinal);
            if (turn.Question == FollowUp)
            {
                Assert.Contains(FollowUpAnswer, reply, StringComparison.Ordinal);
            }
            else if (turn.Question == PersonQuestion)
            {
                Assert.Contains(PersonAnswer, reply, StringComparison.Ordinal);
            }
        }

        Assert.False(cluster.B.IsRunning);
        await ScaleOutCluster.StartAsync(cluster.B);
    }

    [Fact]
    public async Task KeepsConversationsAcrossARestartOfBothInstances()
    {
        await cluster.EnsureBothRunningAsync();
        using var timeout = new CancellationTokenSource(TestTimeout);
        using var viaProxy = ScaleOutCluster.ClientFor(cluster.Nginx.Url);
        var client = new ScaleOutClient(viaProxy);
        var conversation = $"restart-{Guid.NewGuid():N}";

        await client.AskAsync(conversation, FirstQuestion, timeout.Token);
        await Task.WhenAll(cluster.A.StopAsync(), cluster.B.StopAsync());
        Assert.False(cluster.A.IsRunning || cluster.B.IsRunning);
        await cluster.EnsureBothRunningAsync();
        var followUp = await client.AskAsync(conversation, FollowUp, timeout.Token);

        Assert.Contains(FollowUpAnswer, Assert.Single(followUp.Replies), StringComparison.Ordinal);
        output.WriteLine($"follow-up after restarting both instances answered by {followUp.Upstream}");
    }

    /// <summary>What the replay guard logged on both instances so far (its Information lines; no user text in them).</summary>
    private (int AnsweredAgain, int Waited, int TakenOver) Replays() =>
        (Count("already answered, not answering twice"), Count("waiting for it"), Count("answering it here"));

    private int Count(string text) => cluster.A.LogLinesContaining(text) + cluster.B.LogLinesContaining(text);
}
