using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SummitBot.Answering;
using SummitBot.Channels;

namespace SummitBot.Bot;

/// <summary>
/// Where a turn's follow-up context is kept, in the configured <see cref="IStorage"/> (bounded memory, or Redis shared
/// by every instance). In a personal conversation: one item per conversation, under the key the SDK's
/// <see cref="ConversationState"/> uses. In a shared one (a Teams group chat or channel, a Slack channel): one per
/// person in the conversation, and in the thread where the channel has threads, so one person's "what is his title?"
/// is read against their own last question, never against someone else's.
/// <para>
/// Read and written straight through the store, not through the SDK's <see cref="BotState"/>: the turn reads one value
/// and knows when it changed, while BotState serializes the whole state to a hash on every load (to find changes at
/// save) and keeps it in the turn's state collection, whose culture-aware keys are hashed on every access. The item has
/// BotState's shape (a dictionary of property name to value), so either can read what the other wrote.
/// </para>
/// </summary>
public sealed class FollowUpStore(IStorage storage)
{
    /// <summary>The property the context is stored under in the item, as BotState's property accessor named it.</summary>
    internal const string PropertyName = "followUp";

    /// <summary>The asker's context, or <see cref="FollowUpContext.Empty"/> when nothing is stored for them.</summary>
    /// <exception cref="State.StateUnavailableException">The store cannot be reached.</exception>
    public async Task<FollowUpContext> ReadAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item)
            && item is IDictionary<string, object> properties
            && properties.TryGetValue(PropertyName, out var value)
            && value is FollowUpContext context
            ? context
            : FollowUpContext.Empty;
    }

    /// <summary>Stores <paramref name="context"/> as the asker's context (last writer wins, as with BotState).</summary>
    /// <exception cref="State.StateUnavailableException">The store cannot be reached.</exception>
    public Task WriteAsync(IActivity activity, FollowUpContext context, CancellationToken cancellationToken)
    {
        var properties = new Dictionary<string, object> { [PropertyName] = context };
        return storage.WriteAsync(new Dictionary<string, object> { [KeyOf(activity)] = properties }, cancellationToken);
    }

    internal static string KeyOf(IActivity activity)
    {
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id.");
        var personId = activity.From?.Id;
        if (string.IsNullOrEmpty(personId) || !ChannelConversation.KeepsContextPerPerson(activity))
        {
            return $"{channelId}/conversations/{conversationId}";
        }

        return ChannelConversation.Thread(activity) is { } thread
            ? $"{channelId}/conversations/{conversationId}/threads/{thread}/people/{personId}"
            : $"{channelId}/conversations/{conversationId}/people/{personId}";
    }
}
