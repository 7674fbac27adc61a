using System.Text.Json;

namespace SummitBot.Hardening;

/// <summary>
/// A cheap look at a buffered activity body before the adapter reads it: is it one well-formed JSON object, and what is
/// its <c>conversation.id</c> (for the per-conversation rate limit) and its own <c>id</c>. One forward pass, no document built.
/// </summary>
internal static class ActivityPeek
{
    /// <summary>Newtonsoft's default depth limit, which the SDK's reader applies too.</summary>
    internal const int MaxDepth = 64;

    public readonly record struct Result(bool IsJsonObject, string? ConversationId, string? ActivityId = null);

    public static Result Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new Result(false, null);
            }

            string? conversationId = null;
            string? activityId = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("conversation"))
                {
                    reader.Read();
                    conversationId = reader.TokenType == JsonTokenType.StartObject ? ReadId(ref reader) : conversationId;
                }
                else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("id"))
                {
                    reader.Read();
                    activityId = reader.TokenType == JsonTokenType.String ? reader.GetString() : activityId;
                }
            }

            // The reader has seen the whole body: it throws on anything but whitespace after the one object.
            return new Result(true, conversationId, activityId);
        }
        catch (JsonException)
        {
            return new Result(false, null);
        }
    }

    /// <summary>Reads the object the reader is at up to its end, returning its top-level string <c>id</c>.</summary>
    private static string? ReadId(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        string? id = null;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("id"))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    id = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return id;
    }
}
