using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SummitBot.Answering;
using SummitBot.Channels.Slack;
using SummitBot.Channels.Teams;
using ChannelIds = Microsoft.Bot.Connector.Channels;

namespace SummitBot.Channels;

/// <summary>
/// The text of a reply as each channel shows it, and what else the channel can show. Teams, Web Chat, the Emulator and
/// Direct Line show suggested questions as buttons and read the citation entity, so their text lists neither the
/// suggestions nor (Teams) the sources; Slack shows only its own markup, so everything is in the text.
/// </summary>
public static class ChannelReplies
{
    /// <summary>
    /// Whether the channel shows <c>suggestedActions</c> as buttons and reads the schema.org citation entity. Slack through
    /// Azure Bot Service shows neither: its suggestions and sources are text.
    /// </summary>
    public static bool ShowsButtonsAndEntities(string? channelId) => channelId != ChannelIds.Slack;

    /// <summary>The reply with its text as the channel shows it (buttons and entities are the caller's, where the channel shows them).</summary>
    public static IMessageActivity Create(Answer answer, string? channelId) => channelId switch
    {
        ChannelIds.Msteams => TeamsReply.Create(answer),
        ChannelIds.Slack => SlackReply.Create(answer),
        _ => Plain(answer),
    };

    /// <summary>The plain-text answer with its cited passages (the Emulator and Web Chat show no citation cards); suggestions are buttons.</summary>
    private static Activity Plain(Answer answer)
    {
        var reply = MessageFactory.Text(AnswerText.Format(WithoutSuggestions(answer)));
        reply.TextFormat = TextFormatTypes.Plain;
        return reply;
    }

    /// <summary>The answer without its suggestions, for a text that leaves them to buttons.</summary>
    private static Answer WithoutSuggestions(Answer answer) => answer.Suggestions.Count == 0 ? answer : answer with { Suggestions = [] };
}
