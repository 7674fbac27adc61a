using System.Buffers;

namespace SummitBot.State;

/// <summary>UTF-8 text in a buffer rented from the shared pool; disposing it returns the buffer (once).</summary>
internal readonly struct PooledUtf8(byte[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, length);

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
}
