using System.Collections;

namespace SummitBot.Observability;

/// <summary>
/// The logging scope of one turn: its conversation, activity, channel and activity type, as the key/value pairs log
/// providers read from a scope. One small object per turn instead of a dictionary.
/// </summary>
internal sealed class TurnScope(string? conversationId, string? activityId, string channelId, string activityType)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 4;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("ConversationId", conversationId),
        1 => new("ActivityId", activityId),
        2 => new("ChannelId", channelId),
        3 => new("ActivityType", activityType),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"ConversationId:{conversationId} ActivityId:{activityId} ChannelId:{channelId} ActivityType:{activityType}";
}
