using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SummitBot.Channels;

namespace SummitBot.Bot;

/// <summary>
/// Where a turn's follow-up context is kept, in the configured <see cref="IStorage"/> (bounded memory, or Redis shared
/// by every instance). In a personal conversation: one item per conversation, under the key the SDK's
/// <see cref="ConversationState"/> uses. In a shared one (a Teams group chat or channel, a Slack channel): one per
/// person in the conversation, and in the thread where the channel has threads, so one person's "what is his title?"
/// is read against their own last question, never against someone else's.
/// </summary>
public sealed class FollowUpState(IStorage storage) : BotState(storage, nameof(FollowUpState))
{
    protected override string GetStorageKey(ITurnContext turnContext) => KeyOf(turnContext.Activity);

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
