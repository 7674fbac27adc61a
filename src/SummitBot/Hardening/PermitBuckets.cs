using System.Runtime.InteropServices;

namespace SummitBot.Hardening;

/// <summary>
/// Token buckets by key, each refilled evenly to a minute's permits over a minute: a minute's permits may be spent at
/// once (people paste several questions), then they come back one by one, so someone over a limit waits seconds, not a
/// minute. A turn takes one permit from each of its buckets or from none. A refused bucket tells its owner once per
/// minute (<see cref="Refusal.Tell"/>), so someone who keeps sending gets one "slow down", not one per message.
/// Buckets live in this process (several instances each count their own) and are forgotten a minute after their last
/// use, by when they are full again: memory follows the last minute's traffic.
/// </summary>
public sealed class PermitBuckets(TimeProvider time)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly Dictionary<Key, Bucket> _buckets = [];
    private readonly long _minute = (long)(Minute.TotalSeconds * time.TimestampFrequency);
    private long _nextSweep;

    /// <summary>What a bucket counts: its scope and up to two ids (a conversation and a person, a channel and a user).</summary>
    public readonly record struct Key(RateScope Scope, string First, string? Second);

    /// <summary>One bucket a turn draws from: its key and how many permits it gets per minute.</summary>
    public readonly record struct Limit(Key Key, int PermitsPerMinute);

    /// <summary>Why a turn was refused: the first bucket that had no permit, how long until it has one, and whether to say so.</summary>
    public readonly record struct Refusal(RateScope Scope, TimeSpan RetryAfter, bool Tell);

    /// <summary>How many buckets are held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _buckets.Count;
            }
        }
    }

    /// <summary>Takes a permit from each of the three buckets, or from none; null when the turn may go ahead.</summary>
    public Refusal? TryTake(Limit first, Limit second, Limit third)
    {
        var now = time.GetTimestamp();
        lock (_lock)
        {
            Sweep(now);
            ref var a = ref Refilled(first, now);
            ref var b = ref Refilled(second, now);
            ref var c = ref Refilled(third, now);
            if (a.Tokens >= 1 && b.Tokens >= 1 && c.Tokens >= 1)
            {
                a.Tokens--;
                b.Tokens--;
                c.Tokens--;
                return null;
            }

            return a.Tokens < 1 ? Refuse(ref a, first, now)
                : b.Tokens < 1 ? Refuse(ref b, second, now)
                : Refuse(ref c, third, now);
        }
    }

    private ref Bucket Refilled(Limit limit, long now)
    {
        ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, limit.Key, out var exists);
        if (!exists)
        {
            bucket.Tokens = limit.PermitsPerMinute;
        }
        else
        {
            var refill = (double)(now - bucket.Updated) / _minute * limit.PermitsPerMinute;
            bucket.Tokens = Math.Min(limit.PermitsPerMinute, bucket.Tokens + refill);
        }

        bucket.Updated = now;
        return ref bucket;
    }

    private Refusal Refuse(ref Bucket bucket, Limit limit, long now)
    {
        var retryAfter = TimeSpan.FromMinutes((1 - bucket.Tokens) / limit.PermitsPerMinute);
        var tell = now >= bucket.QuietUntil;
        if (tell)
        {
            bucket.QuietUntil = now + _minute;
        }

        return new Refusal(limit.Key.Scope, retryAfter, tell);
    }

    /// <summary>Every half minute, forgets the buckets unused for a minute: full again, and past their quiet time.</summary>
    private void Sweep(long now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + (long)(SweepEvery.TotalSeconds * time.TimestampFrequency);
        foreach (var (key, bucket) in _buckets)
        {
            if (now - bucket.Updated >= _minute)
            {
                _buckets.Remove(key);
            }
        }
    }

    private struct Bucket
    {
        public double Tokens;
        public long Updated;
        public long QuietUntil;
    }
}
