using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SummitBot.State;

namespace SummitBot.Hosting;

/// <summary>
/// The one adapter every channel goes through. A subclass with a single constructor, because CloudAdapter's two
/// public constructors make DI's choice ambiguous. Its <see cref="BotAdapter.OnTurnError"/> is the bot's one error boundary.
/// </summary>
public sealed class SummitBotAdapter : CloudAdapter
{
    internal const string ApologyText = "Sorry, something went wrong on my side while answering. Please try again in a moment.";

    public SummitBotAdapter(BotFrameworkAuthentication authentication, ReplayGuard replayGuard, ILogger<SummitBotAdapter> logger)
        : base(authentication, logger)
    {
        // A channel's retry of an activity (same id, same conversation) is answered once.
        Use(replayGuard);

        OnTurnError = async (turnContext, exception) =>
        {
            // The user's text is not logged: only what identifies the turn.
            logger.LogError(
                exception,
                "Turn failed in conversation {ConversationId} on channel {ChannelId} (activity {ActivityId})",
                turnContext.Activity.Conversation?.Id,
                turnContext.Activity.ChannelId,
                turnContext.Activity.Id);

            if (turnContext.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message && !turnContext.Responded)
            {
                await turnContext.SendActivityAsync(ApologyText);
            }
        };
    }
}
