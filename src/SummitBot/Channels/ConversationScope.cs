namespace SummitBot.Channels;

/// <summary>Who can read a conversation with the bot.</summary>
public enum ConversationScope
{
    /// <summary>One person and the bot: a Teams personal chat, a Slack direct message, Web Chat, the Emulator.</summary>
    Personal,

    /// <summary>Several people: a Teams group chat or channel, a Slack channel.</summary>
    Shared,
}
