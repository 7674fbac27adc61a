using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace SummitBot.Observability;

/// <summary>
/// Activity types and channel ids as metric labels and log values. Both come from the client, so anything outside the
/// known sets becomes "other": a client must not be able to mint metric series or write arbitrary text into logs.
/// </summary>
internal static class TelemetryLabels
{
    private static readonly HashSet<string> ActivityTypesKnown = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Typing, ActivityTypes.Invoke, ActivityTypes.Event,
        ActivityTypes.EndOfConversation, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate,
        ActivityTypes.MessageDelete, ActivityTypes.ContactRelationUpdate, ActivityTypes.DeleteUserData, ActivityTypes.Handoff,
        ActivityTypes.Trace, ActivityTypes.Suggestion, ActivityTypes.Command, ActivityTypes.CommandResult,
    };

    private static readonly HashSet<string> ChannelsKnown = new(StringComparer.Ordinal)
    {
        BotChannels.Msteams, BotChannels.Slack, BotChannels.Directline, BotChannels.Webchat, BotChannels.Emulator, BotChannels.Test,
        BotChannels.DirectlineSpeech, BotChannels.Email, BotChannels.Facebook, BotChannels.Telegram, BotChannels.Line, BotChannels.Sms,
        BotChannels.Skype, BotChannels.Groupme, BotChannels.Console, BotChannels.Omni, BotChannels.Outlook,
    };

    public static string ActivityType(string? type) => type is not null && ActivityTypesKnown.Contains(type) ? type : "other";

    public static string Channel(string? channelId) => channelId is not null && ChannelsKnown.Contains(channelId) ? channelId : "other";
}
