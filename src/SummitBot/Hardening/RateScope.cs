namespace SummitBot.Hardening;

/// <summary>What a rate limit counts the messages of.</summary>
public enum RateScope
{
    /// <summary>One person in one conversation (a Teams channel counted with all its threads).</summary>
    Person,

    /// <summary>One conversation, everyone in it together.</summary>
    Conversation,

    /// <summary>
    /// One client: a channel's user across all their conversations (after authentication), or before it, where requests
    /// come straight from the client, its network address.
    /// </summary>
    Client,
}
