using System.Security.Cryptography;
using StackExchange.Redis;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// The Direct Line secret the instances sharing a Redis use when none is configured: the first instance to start puts a
/// random one there, the others read it, so a token any of them issued checks out on all. Configure
/// <c>DirectLine:Secret</c> in production; this keeps a scaled-out bot working without it.
/// </summary>
internal static class SharedSecret
{
    private const string Key = RedisConversations.Prefix + "secret";

    /// <summary>The shared secret, or null when Redis cannot be reached (the instance then makes its own, as without Redis).</summary>
    public static string? Get(IConnectionMultiplexer redis)
    {
        try
        {
            var db = redis.GetDatabase();
            db.StringSet(Key, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), when: When.NotExists);
            return db.StringGet(Key);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return null;
        }
    }
}
