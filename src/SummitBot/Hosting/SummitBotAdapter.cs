using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SummitBot.Bot;
using SummitBot.State;

namespace SummitBot.Hosting;

/// <summary>
/// The one adapter every channel goes through. A subclass with a single constructor, because CloudAdapter's two
/// public constructors make DI's choice ambiguous. Its <see cref="BotAdapter.OnTurnError"/> is the bot's one error boundary.
/// Around every turn it runs <see cref="RepliesInEnglish"/> (first, so replayed replies are covered too), the replay guard,
/// then every <see cref="Microsoft.Bot.Builder.IMiddleware"/> registered in DI (observability and the per-person rate
/// limits register theirs so), whatever order they were registered in relative to the adapter.
/// </summary>
public sealed class SummitBotAdapter : CloudAdapter
{
    internal const string ApologyText = "Sorry, something went wrong on my side while answering. Please try again in a moment.";

    public SummitBotAdapter(
        BotFrameworkAuthentication authentication,
        RepliesInEnglish repliesInEnglish,
        ReplayGuard replayGuard,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> turnMiddleware,
        ILogger<SummitBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(repliesInEnglish);

        // A channel's retry of an activity (same id, same conversation) is answered once: nothing else runs for it.
        Use(replayGuard);
        foreach (var middleware in turnMiddleware)
        {
            Use(middleware);
        }

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

    /// <summary>
    /// <c>POST /api/messages</c>: what <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/>
    /// does for a POST (400 for a body that is not an activity, 401 for a request that does not authenticate, the turn's
    /// response), with the activity read and the response written by <see cref="MessagesJson"/>.
    /// </summary>
    public async Task ProcessMessageAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            var activity = await MessagesJson.ReadActivityAsync(request, cancellationToken);
            if (string.IsNullOrEmpty(activity?.Type))
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var invokeResponse = await ProcessActivityAsync(request.Headers.Authorization, activity, bot.OnTurnAsync, cancellationToken);
            await MessagesJson.WriteResponseAsync(response, invokeResponse, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            // As the SDK's ProcessAsync: this layer makes the HTTP response, so a refused caller gets 401 here.
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
