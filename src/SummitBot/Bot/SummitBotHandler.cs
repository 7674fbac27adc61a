using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SummitBot.Answering;
using SummitBot.Channels;
using SummitBot.Channels.Teams;
using SummitBot.State;
using SummitBot.Unanswered;

namespace SummitBot.Bot;

/// <summary>
/// The bot: reads the question, asks the answering service with the asker's follow-up context (per conversation, or per
/// person in a shared one: <see cref="FollowUpStore"/>), renders the answer. Thin on purpose; the answering core decides
/// what to say. When the state store is unavailable the question is still answered, with
/// <see cref="FollowUpContext.Unavailable"/> (a follow-up is told the context was lost), and nothing is written for the turn.
/// Greets as <see cref="Welcomes"/> says.
/// </summary>
public sealed partial class SummitBotHandler : ActivityHandler
{
    private readonly IAnswerService _answers;
    private readonly FollowUpStore _followUps;
    private readonly ReplyRenderer _renderer;
    private readonly TeamsFeedback _feedback;
    private readonly UnansweredRecorder _unanswered;
    private readonly ILogger<SummitBotHandler> _logger;

    public SummitBotHandler(IAnswerService answers, FollowUpStore followUps, ReplyRenderer renderer, TeamsFeedback feedback, UnansweredRecorder unanswered, ILogger<SummitBotHandler> logger)
    {
        _logger = logger;
        _feedback = feedback;
        _unanswered = unanswered;
        _answers = answers;
        _followUps = followUps;
        _renderer = renderer;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = IncomingText.Read(turnContext.Activity);
        FollowUpContext context;
        try
        {
            context = await _followUps.ReadAsync(turnContext.Activity, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            // Nothing was loaded, so nothing is saved for this turn either.
            context = FollowUpContext.Unavailable;
        }

        var answer = _answers.Ask(question, context);

        // A declined question goes to the curator's report; queued only, so it never slows the turn.
        _unanswered.Record(question, turnContext.Activity.ChannelId, answer);

        await turnContext.SendActivityAsync(_renderer.Render(answer, turnContext.Activity), cancellationToken);

        // Written after the reply, and only when it changed (a fixed or chit-chat reply keeps it).
        if (!context.IsUnavailable && answer.Context != context)
        {
            await SaveAsync(turnContext, answer.Context, cancellationToken);
        }
    }

    private async Task SaveAsync(ITurnContext turnContext, FollowUpContext context, CancellationToken cancellationToken)
    {
        try
        {
            await _followUps.WriteAsync(turnContext.Activity, context, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            // The store went away after this turn read its context: the reply stands, the context of before is kept.
            LogNotSaved(_logger, turnContext.Activity.Conversation?.Id);
        }
    }

    /// <summary>
    /// Teams' feedback buttons arrive as an invoke; other invokes go to the SDK's default, except that one this bot does
    /// not implement (the SDK's 501) is answered with a quiet empty 200: a channel's extra feature is no server error.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (TeamsFeedback.IsFeedback(turnContext.Activity))
        {
            return _feedback.Record(turnContext.Activity);
        }

        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response is null || response.Status == (int)System.Net.HttpStatusCode.NotImplemented ? new InvokeResponse { Status = 200 } : response;
    }

    /// <summary>
    /// Not the SDK's <c>OnMembersAddedAsync</c>: that is called only when someone other than the bot joins, and a
    /// shared conversation is introduced to exactly when the bot itself is added.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (Welcomes.ForMembersAdded(turnContext.Activity) is { } kind)
        {
            await GreetAsync(kind, turnContext, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (Welcomes.ForInstallation(turnContext.Activity) is { } kind)
        {
            await GreetAsync(kind, turnContext, cancellationToken);
        }
    }

    private async Task GreetAsync(WelcomeKind kind, ITurnContext turnContext, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(_renderer.Render(Welcomes.Compose(kind, _answers.Welcome()), turnContext.Activity), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation state of {ConversationId} not saved: the store is unavailable")]
    private static partial void LogNotSaved(ILogger logger, string? conversationId);
}
