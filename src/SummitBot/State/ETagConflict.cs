namespace SummitBot.State;

/// <summary>
/// The error a write with a stale ETag raises. The SDK's MemoryStorage raises <see cref="ArgumentException"/>
/// ("Etag conflict"); both stores here raise the same type, so code written against MemoryStorage handles them alike.
/// </summary>
internal static class ETagConflict
{
    public static ArgumentException For(string key, string? given, string? current) =>
        new($"Etag conflict on key '{key}'.\r\n\r\nOriginal: {given}\r\nCurrent: {current}");
}
