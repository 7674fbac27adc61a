using System.Text.Json;
using System.Text.Json.Serialization;

namespace SummitBot.Unanswered;

/// <summary>
/// One question as one line of JSON, enums by name (so a record stays readable when enums gain members). A stored
/// line carries a random id too, so two identical questions at the same moment stay two entries of a Redis set.
/// </summary>
internal static class UnansweredJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(UnansweredQuestion question) =>
        JsonSerializer.Serialize(new Stored(Guid.NewGuid().ToString("N")[..12], question.At, question.Channel, question.Text, question.Asked, question.Reason), Options);

    /// <summary>The question of a line, or null for a line that is not one (cut short by a crash, written by something else).</summary>
    public static UnansweredQuestion? Deserialize(string line)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(line, Options);
            return stored is { Text: not null, Channel: not null } ? new UnansweredQuestion(stored.At, stored.Channel, stored.Text, stored.Asked, stored.Reason) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(string Id, DateTimeOffset At, string Channel, string Text, Answering.AnswerType? Asked, Answering.DeclineReason? Reason);
}
