namespace SummitBot.Bot;

/// <summary>How the bot greets a conversation it has just joined.</summary>
public enum WelcomeKind
{
    /// <summary>A personal conversation: the welcome with example questions.</summary>
    Welcome,

    /// <summary>A team, group chat or channel: one short introduction that says how to ask, posted once, when the bot is added.</summary>
    Introduction,
}
