using System.Buffers;
using Newtonsoft.Json;

namespace SummitBot.State;

/// <summary>
/// Newtonsoft's text readers and writers take their character buffers (the reader's read buffer, the writer's buffer
/// for escaped strings and numbers) from this pool instead of allocating new ones per reader and writer: a few KB of
/// garbage on every stored item's read and write, two or three of which every turn makes.
/// </summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    public static JsonCharPool Instance { get; } = new();

    private JsonCharPool()
    {
    }

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
