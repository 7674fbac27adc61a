using Microsoft.Extensions.Time.Testing;
using SummitBot.Hardening;

namespace SummitBot.Tests.Hardening;

/// <summary>The token buckets behind the per-person, per-conversation and per-client limits, on a clock the test moves.</summary>
public sealed class PermitBucketsTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void AMinutesPermitsMayBeSpentAtOnceThenComeBackOneByOne()
    {
        var buckets = new PermitBuckets(_time);

        Assert.All(Enumerable.Range(0, 6), _ => Assert.Null(Take(buckets, person: 6)));
        var refused = Take(buckets, person: 6);
        Assert.Equal(RateScope.Person, refused?.Scope);
        Assert.InRange(refused!.Value.RetryAfter, TimeSpan.FromSeconds(9.9), TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(Take(buckets, person: 6));
        Assert.NotNull(Take(buckets, person: 6));
    }

    [Fact]
    public void TellsOncePerMinuteHoweverOftenItRefuses()
    {
        var buckets = new PermitBuckets(_time);
        Take(buckets, person: 1);

        var told = new List<bool>();
        for (var second = 0; second < 50; second++)
        {
            told.Add(Take(buckets, person: 1, conversation: 1000)?.Tell == true);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        // Refused for 59 s after the one permit (it comes back after a minute): told at the first refusal only.
        Assert.Equal([true, .. Enumerable.Repeat(false, 49)], told);
        _time.Advance(TimeSpan.FromSeconds(11));
        Assert.Null(Take(buckets, person: 1));
        Assert.True(Take(buckets, person: 1)?.Tell);
    }

    [Fact]
    public void ATurnTakesFromEveryBucketOrFromNone()
    {
        var buckets = new PermitBuckets(_time);

        // Ada has permits, the conversation has two: Grace's turns use them, Ada's refused one takes none of hers.
        Assert.Null(Take(buckets, person: 5, conversation: 2, who: "grace"));
        Assert.Null(Take(buckets, person: 5, conversation: 2, who: "grace"));
        Assert.Equal(RateScope.Conversation, Take(buckets, person: 5, conversation: 2, who: "ada")?.Scope);
        Assert.Null(Take(buckets, person: 5, conversation: 1000, who: "ada", conversationId: "elsewhere"));
    }

    [Fact]
    public void ForgetsBucketsAMinuteAfterTheirLastUse()
    {
        var buckets = new PermitBuckets(_time);
        for (var i = 0; i < 100; i++)
        {
            Take(buckets, person: 5, who: $"person-{i}", conversationId: $"c-{i}");
        }

        Assert.Equal(300, buckets.Count);
        _time.Advance(TimeSpan.FromSeconds(61));
        Take(buckets, person: 5, who: "someone-new", conversationId: "c-new");

        Assert.Equal(3, buckets.Count);
    }

    private static PermitBuckets.Refusal? Take(PermitBuckets buckets, int person, int conversation = 1000, string who = "ada", string conversationId = "c") =>
        buckets.TryTake(
            new(new(RateScope.Person, conversationId, who), person),
            new(new(RateScope.Conversation, conversationId, null), conversation),
            new(new(RateScope.Client, "msteams", who), 1000));
}
