using Microsoft.Bot.Schema;
using SummitBot.Answering;
using SummitBot.Channels;
using ChannelIds = Microsoft.Bot.Connector.Channels;

namespace SummitBot.Bot;

/// <summary>
/// When the bot greets, and how. A personal conversation is welcomed when it starts (someone other than the bot joins
/// it) and when the bot is installed for the person; a shared conversation gets one short introduction when the bot
/// itself is added, and nothing when other people join it.
/// </summary>
public static class Welcomes
{
    /// <summary>Teams' <c>installationUpdate</c> action for a new installation (not <c>add-upgrade</c>, an update of the app).</summary>
    private const string InstallAction = "add";

    /// <summary>
    /// The greeting a <c>conversationUpdate</c> calls for, if any. Teams sends <c>installationUpdate</c> whenever the app
    /// is added, in every scope, together with a <c>conversationUpdate</c>: there the installation greets, so the
    /// conversation is greeted once, and people joining a team or group chat are not greeted at all.
    /// </summary>
    public static WelcomeKind? ForMembersAdded(IConversationUpdateActivity activity)
    {
        if (activity.ChannelId == ChannelIds.Msteams || activity.MembersAdded is not { Count: > 0 } added)
        {
            return null;
        }

        var botId = activity.Recipient?.Id;
        return ChannelConversation.Scope(activity) == ConversationScope.Shared
            ? added.Any(member => member.Id == botId) ? WelcomeKind.Introduction : null
            : added.Any(member => member.Id != botId) ? WelcomeKind.Welcome : null;
    }

    /// <summary>The greeting an <c>installationUpdate</c> calls for: a new installation for a person or in a shared conversation.</summary>
    public static WelcomeKind? ForInstallation(IInstallationUpdateActivity activity) =>
        !string.Equals(activity.Action, InstallAction, StringComparison.OrdinalIgnoreCase) ? null
        : ChannelConversation.Scope(activity) == ConversationScope.Shared ? WelcomeKind.Introduction
        : WelcomeKind.Welcome;

    /// <summary>
    /// The answer to render: the core's welcome; for a shared conversation, its text and how to ask there (people
    /// @mention the bot), with one example in that sentence and no list or buttons, so the whole team is not shown a menu.
    /// </summary>
    public static Answer Compose(WelcomeKind kind, Answer welcome)
    {
        if (kind == WelcomeKind.Welcome)
        {
            return welcome;
        }

        var example = welcome.Suggestions.Count > 0 ? $", for example: \u201C{welcome.Suggestions[0]}\u201D" : ".";
        return welcome with { Text = $"{welcome.Text} Mention me with a question{example}", Suggestions = [] };
    }
}
