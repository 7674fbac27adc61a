using System.Text;
using Newtonsoft.Json;

namespace SummitBot.State;

/// <summary>
/// How stored items become text and back: Newtonsoft with type names, as the SDK's MemoryStorage does, so that
/// ConversationState's dictionary and the typed values in it (e.g. the follow-up context) come back as the same types.
/// Type names are resolved only for the bot's own and framework assemblies (<see cref="StateTypeBinder"/>), because
/// a store such as Redis can be written by others than this bot.
/// </summary>
internal static class StateJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),

        // The binder names types already in the simple form (assembly names without version, culture and key) and
        // keeps each name: with "Full", Newtonsoft writes that name as it is instead of rebuilding it for every object
        // written. What is written is the same as Newtonsoft's default "Simple" form.
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = 64,
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Largest text buffer a thread keeps between items.</summary>
    private const int MaxKeptBuffer = 64 * 1024;

    [ThreadStatic]
    private static StringWriter? t_writer;

    /// <summary>One serializer for every item: it is safe to share once configured.</summary>
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);

    /// <summary>
    /// The value as UTF-8 JSON: half the memory of a string for an item kept in this process. Written into this thread's
    /// reused text buffer and encoded once into an array of the exact size: no stream or writer buffers per item (a few
    /// KB each, on every state save and replay record of every turn).
    /// </summary>
    public static byte[] SerializeToUtf8(object value)
    {
        using var utf8 = SerializeToPooledUtf8(value, Serializer);
        return utf8.Span.ToArray();
    }

    /// <summary>
    /// <paramref name="value"/> as UTF-8 JSON written by <paramref name="serializer"/> into a pooled buffer, through this
    /// thread's reused text buffer: nothing is allocated for the text (the messaging endpoint's responses). The caller
    /// disposes the result, which returns the buffer.
    /// </summary>
    public static PooledUtf8 SerializeToPooledUtf8(object value, JsonSerializer serializer)
    {
        var text = Write(value, serializer);

        // One encoder across the chunks: a chunk may end in the middle of a surrogate pair (an emoji in user text), which
        // only the encoder's state carries over (counting bytes chunk by chunk cannot: Encoder.GetByteCount keeps no state,
        // so the count came out short whenever a pair straddled two chunks).
        var pooled = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, pooled.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], pooled.AsSpan(written), flush: true);
        Release(text);
        return new PooledUtf8(pooled, written);
    }

    /// <summary>
    /// <paramref name="value"/> as JSON text written by <paramref name="serializer"/> through this thread's reused text
    /// buffer: only the string itself is allocated (the replay guard's record of every turn's replies).
    /// </summary>
    public static string SerializeToString(object value, JsonSerializer serializer)
    {
        var text = Write(value, serializer);
        var json = text.ToString();
        Release(text);
        return json;
    }

    private static StringBuilder Write(object value, JsonSerializer serializer)
    {
        var writer = t_writer ??= new StringWriter(new StringBuilder(1024), System.Globalization.CultureInfo.InvariantCulture);
        var text = writer.GetStringBuilder();
        text.Clear();
        using (var json = new JsonTextWriter(writer) { CloseOutput = false, ArrayPool = JsonCharPool.Instance })
        {
            serializer.Serialize(json, value);
        }

        return text;
    }

    private static void Release(StringBuilder text)
    {
        if (text.Capacity > MaxKeptBuffer)
        {
            // A rare large item: its buffer is not kept for the thread's next one.
            t_writer = null;
        }
    }

    public static object? Deserialize(byte[] utf8Json)
    {
        // A small read buffer: stored items are a few hundred bytes to a few KB.
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(utf8Json), Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 512))
        {
            ArrayPool = JsonCharPool.Instance,
        };
        return Serializer.Deserialize(reader);
    }
}
