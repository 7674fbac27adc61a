using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ChannelIds = Microsoft.Bot.Connector.Channels;

namespace SummitBot.Channels;

/// <summary>
/// What a channel's activity says about the conversation it belongs to: personal or shared, the thread within it, and
/// the conversation as a whole. Each channel writes these in its own place.
/// </summary>
public static class ChannelConversation
{
    private const string TeamsThreadMarker = ";messageid=";

    /// <summary>
    /// Shared when the channel says the conversation has several people: <c>conversation.isGroup</c>, or Teams'
    /// <c>conversationType</c> <c>groupChat</c> or <c>channel</c>.
    /// </summary>
    public static ConversationScope Scope(IActivity activity)
    {
        var conversation = activity.Conversation;
        return conversation is null ? ConversationScope.Personal
            : conversation.IsGroup == true || conversation.ConversationType is "groupChat" or "channel" ? ConversationScope.Shared
            : ConversationScope.Personal;
    }

    /// <summary>
    /// Whether follow-up context is kept per person rather than per conversation. In a shared conversation it is; so in
    /// every Slack conversation, because Azure Bot Service sets Slack's <c>isGroup</c> by the number of members at the
    /// time (a channel of one person and the bot says false), and in a direct message the two keys come to the same.
    /// </summary>
    public static bool KeepsContextPerPerson(IActivity activity) =>
        activity.ChannelId == ChannelIds.Slack || Scope(activity) == ConversationScope.Shared;

    /// <summary>
    /// The thread the activity is in, where the conversation id does not already say so: a Slack thread's
    /// <c>thread_ts</c> (Azure Bot Service passes the Slack event in <c>channelData.SlackMessage</c>). A Teams
    /// channel thread is part of its conversation id (<c>…;messageid=…</c>) and needs nothing more. Null otherwise.
    /// </summary>
    public static string? Thread(IActivity activity) =>
        activity.ChannelId == ChannelIds.Slack && activity.ChannelData is JObject data
            ? (string?)data.SelectToken("SlackMessage.event.thread_ts") is { Length: > 0 } thread ? thread : null
            : null;

    /// <summary>
    /// The conversation as a whole, without the thread: a Teams channel's id without <c>;messageid=…</c>, so every
    /// thread of a busy channel counts as the channel.
    /// </summary>
    public static string WithoutThread(string conversationId)
    {
        var thread = conversationId.IndexOf(TeamsThreadMarker, StringComparison.Ordinal);
        return thread < 0 ? conversationId : conversationId[..thread];
    }
}
