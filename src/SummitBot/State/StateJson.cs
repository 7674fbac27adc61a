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

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);
}
