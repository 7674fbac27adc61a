using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SummitBot.Channels.DirectLine;

/// <summary>
/// JSON of the Direct Line API. Activities are Bot Framework schema types, which are described for Newtonsoft.Json, so
/// everything here is written with it, the way the Bot Framework services write activities.
/// </summary>
internal static class DirectLineJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>A JSON response with the given status.</summary>
    public static IResult Result(object body, int status = StatusCodes.Status200OK) =>
        Results.Text(JsonConvert.SerializeObject(body, Settings), "application/json", Encoding.UTF8, status);

    public static string Serialize(object body) => JsonConvert.SerializeObject(body, Settings);

    /// <summary>Parses a JSON object; null when the text is not one (bad syntax, wrong type, nesting too deep).</summary>
    public static JObject? ParseObject(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { MaxDepth = 64, DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The activity in <paramref name="json"/>, or null when its fields have the wrong types.</summary>
    public static Activity? ToActivity(JObject json)
    {
        try
        {
            return json.ToObject<Activity>(Serializer);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>An activity written by <see cref="Serialize"/>.</summary>
    public static Activity Deserialize(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings)!;

    /// <summary>An account as JSON, or the empty string for none (how a conversation's start user is stored).</summary>
    public static string WriteAccount(ChannelAccount? account) => account is null ? string.Empty : JsonConvert.SerializeObject(account, Settings);

    /// <summary>The account <see cref="WriteAccount"/> wrote, or null for none.</summary>
    public static ChannelAccount? ReadAccount(string json) =>
        string.IsNullOrEmpty(json) ? null : JsonConvert.DeserializeObject<ChannelAccount>(json, Settings);

    /// <summary>A deep copy, so what the transcript keeps is not changed by what the bot does with its copy.</summary>
    public static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, Settings), Settings)!;

    /// <summary>The optional <c>user</c> of a token or conversation request body, checked for sane values.</summary>
    public static bool TryReadUser(JObject? body, out ChannelAccount? user)
    {
        user = null;
        var node = body?["user"];
        if (node is null || node.Type == JTokenType.Null)
        {
            return true;
        }

        if (node is not JObject userObject)
        {
            return false;
        }

        var id = userObject["id"];
        var name = userObject["name"];
        if (id is null || id.Type == JTokenType.Null)
        {
            return name is null || name.Type is JTokenType.Null or JTokenType.String;
        }

        if (id.Type != JTokenType.String || (name is not null && name.Type is not (JTokenType.Null or JTokenType.String)))
        {
            return false;
        }

        var idText = id.Value<string>()!;
        if (idText.Length is 0 or > 256 || idText.Any(char.IsControl))
        {
            return false;
        }

        var nameText = name?.Type == JTokenType.String ? name.Value<string>() : null;
        user = new ChannelAccount(idText, nameText is { Length: <= 256 } ? nameText : null, RoleTypes.User);
        return true;
    }
}
