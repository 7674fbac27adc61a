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
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = 64,
    };

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>One serializer for every item: it is safe to share once configured.</summary>
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);

    /// <summary>The value as UTF-8 JSON: half the memory of a string for an item kept in this process.</summary>
    public static byte[] SerializeToUtf8(object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8, leaveOpen: true))
        {
            Serializer.Serialize(writer, value);
        }

        return buffer.ToArray();
    }

    public static object? Deserialize(byte[] utf8Json)
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(utf8Json), Utf8));
        return Serializer.Deserialize(reader);
    }


}
