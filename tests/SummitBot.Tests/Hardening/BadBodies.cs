using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace SummitBot.Tests.Hardening;

/// <summary>One generated request body: its bytes, content type, and a short description for a failure report.</summary>
internal sealed record BadBody(byte[] Bytes, string? ContentType, string Description)
{
    public override string ToString() => $"{Description} ({Bytes.Length} bytes, {ContentType ?? "no content type"}): {Preview()}";

    private string Preview()
    {
        var text = Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 300));
        return Bytes.Length > 300 ? text + "…" : text;
    }
}

/// <summary>
/// Generators of what a client may post where an activity is expected: activities with missing, null and wrongly typed
/// fields, unknown types, nasty texts and deep nesting; and bodies that are not activities at all (malformed JSON, other
/// JSON values, random bytes, invalid UTF-8, bodies over the limit).
/// </summary>
internal static class BadBodies
{
    private static readonly string[] ActivityFields =
        ["type", "id", "text", "channelId", "serviceUrl", "from", "recipient", "conversation", "deliveryMode", "timestamp", "locale", "entities", "attachments", "channelData", "value", "name", "membersAdded", "replyToId", "textFormat"];

    /// <summary>Writes nesting deeper than System.Text.Json's default of 64, as a hostile client would.</summary>
    private static readonly JsonSerializerOptions DeepWriter = new() { MaxDepth = 4096 };

    private static readonly Gen<JsonNode?> WrongValue = Gen.OneOf<JsonNode?>(
        Gen.Const<JsonNode?>((JsonNode?)null),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 0)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        NastyText.Any.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Const<JsonNode?>(() => new JsonArray(1, "two", null, new JsonObject())),
        Gen.Const<JsonNode?>(() => new JsonObject { ["id"] = new JsonArray(), ["name"] = 5 }),
        Gen.Int[1, 200].Select(depth => Nested(depth)));

    private static readonly Gen<JsonNode?> ActivityType = Gen.Frequency(
        (8, Gen.OneOf<string>("message", "message", "conversationUpdate", "typing", "invoke", "event", "endOfConversation", "installationUpdate", "messageReaction", "messageUpdate", "messageDelete", "handoff", "trace", "delay", "command", "suggestion").Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.String[1, 20].Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, WrongValue));

    /// <summary>A change to one field: removed, or set to a wrong value.</summary>
    private static readonly Gen<(string Field, bool Remove, JsonNode? Value)> Mutation =
        Gen.Select(Gen.OneOf(ActivityFields), Gen.Bool, WrongValue, (field, remove, value) => (field, remove, value));

    /// <summary>An activity with some fields broken; <paramref name="serviceUrl"/> is the loopback channel for replies.</summary>
    public static Gen<BadBody> Activity(string serviceUrl) =>
        Gen.Select(
            ActivityType,
            NastyText.Any,
            Gen.Frequency((7, Gen.Const("expectReplies")), (2, Gen.Const("normal")), (1, Gen.Const("ephemeral"))),
            Mutation.Array[0, 4],
            Gen.Int[0, 9],
            Gen.Int[0, int.MaxValue],
            (type, text, deliveryMode, mutations, extra, n) =>
            {
                var activity = new JsonObject
                {
                    ["type"] = type?.DeepClone(),
                    ["id"] = $"fuzz-{n}",
                    ["text"] = text,
                    ["channelId"] = "emulator",
                    ["serviceUrl"] = serviceUrl,
                    ["from"] = new JsonObject { ["id"] = "user-fuzz", ["name"] = "Fuzz" },
                    ["recipient"] = new JsonObject { ["id"] = "summitbot", ["name"] = "SummitBot" },
                    ["conversation"] = new JsonObject { ["id"] = $"fuzz-conversation-{n % 50}" },
                    ["deliveryMode"] = deliveryMode,
                };
                AddExtra(activity, extra, n);
                foreach (var (field, remove, value) in mutations)
                {
                    if (remove)
                    {
                        activity.Remove(field);
                    }
                    else
                    {
                        activity[field] = value?.DeepClone();
                    }
                }

                var what = $"{(type is JsonValue v && v.TryGetValue<string>(out var t) ? t : "bad-type")} activity, {mutations.Length} broken field(s)";
                return new BadBody(Encoding.UTF8.GetBytes(activity.ToJsonString(DeepWriter)), "application/json", what);
            });

    /// <summary>Bodies that are not an activity at all, or not JSON, or too large.</summary>
    public static Gen<BadBody> NotAnActivity(string serviceUrl, int maxBodyBytes) => Gen.Frequency(
        (3, Gen.Select(Activity(serviceUrl), Gen.Double[0, 1], (body, cut) => body with
        {
            Bytes = body.Bytes[..(int)(body.Bytes.Length * cut)],
            Description = "truncated JSON",
        })),
        (2, Gen.OneOf("null", "true", "0", "-1e999", "\"message\"", "[]", "[{\"type\":\"message\"}]", "{}", "{\"type\":null}", "{\"type\":\"\"}",
            "{\"type\":\"message\"}{\"type\":\"message\"}", "{\"type\":\"message\",\"type\":\"invoke\"}", "{/*c*/\"type\":\"message\"}", "{'type':'message'}",
            "{\"type\":\"message\",\"text\":\"\\ud800\"}", "{\"type\":\"message\",\"conversation\":{\"id\":{\"id\":\"x\"}}}", "\uFEFF{\"type\":\"message\"}", "")
            .Select(s => new BadBody(Encoding.UTF8.GetBytes(s), "application/json", "JSON that is not an activity"))),
        (2, Gen.Byte.Array[0, 2000].Select(b => new BadBody(b, "application/json", "random bytes"))),
        (1, Gen.Int[1, 400].Select(depth => new BadBody(Encoding.UTF8.GetBytes(Nested(depth)!.ToJsonString(DeepWriter)), "application/json", $"nesting {depth} deep"))),
        (1, Gen.Int[1, 200].Select(depth => new BadBody(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"channelData\":" + new string('[', depth * 10) + new string(']', depth * 10) + "}"), "application/json", $"arrays {depth * 10} deep"))),
        (1, Gen.Const(() => new BadBody([0x7B, 0x22, 0x74, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], "application/json", "invalid UTF-8"))),
        (1, Gen.Int[maxBodyBytes + 1, maxBodyBytes * 3].Select(size => new BadBody(OversizedActivity(size), "application/json", "body over the limit"))),
        (1, Gen.OneOf<string?>("text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", null).Select(ct =>
            new BadBody(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"},\"serviceUrl\":\"x\",\"deliveryMode\":\"expectReplies\"}"), ct, "odd content type"))));

    /// <summary>An otherwise fine activity whose text makes it <paramref name="size"/> bytes long.</summary>
    public static byte[] OversizedActivity(int size)
    {
        var head = "{\"type\":\"message\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"from\":{\"id\":\"user-1\"},"
            + "\"recipient\":{\"id\":\"summitbot\"},\"conversation\":{\"id\":\"big\"},\"deliveryMode\":\"expectReplies\",\"text\":\"";
        var tail = "\"}";
        return Encoding.UTF8.GetBytes(head + new string('a', Math.Max(0, size - head.Length - tail.Length)) + tail);
    }

    private static void AddExtra(JsonObject activity, int extra, int n)
    {
        switch (extra)
        {
            case 1:
                activity["channelData"] = Nested(10 + (n % 120));
                break;
            case 2:
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>SummitBot</at>", ["mentioned"] = new JsonObject { ["id"] = "summitbot" } });
                activity["text"] = "<at>SummitBot</at> " + activity["text"];
                break;
            case 3:
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-fuzz" }, new JsonObject { ["id"] = "summitbot" });
                break;
            case 4:
                activity["name"] = n % 2 == 0 ? "message/submitAction" : "unknown/invoke";
                activity["value"] = new JsonObject { ["actionName"] = "feedback", ["actionValue"] = new JsonObject { ["reaction"] = "like" } };
                break;
            case 5:
                activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/x.png" });
                break;
            case 6:
                activity["timestamp"] = "not a date";
                activity["localTimestamp"] = "2019-02-30T25:61:00+99:00";
                break;
            default:
                break;
        }
    }

    private static JsonNode? Nested(int depth)
    {
        JsonNode node = new JsonObject { ["leaf"] = "x" };
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonObject { ["a"] = node } : new JsonArray(node);
        }

        return node;
    }
}
