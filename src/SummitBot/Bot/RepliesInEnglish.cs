using Microsoft.Bot.Builder;

namespace SummitBot.Bot;

/// <summary>
/// Every reply says <see cref="ReplyRenderer.Locale"/>, the language it is written in. The SDK copies the incoming
/// activity's <c>locale</c> (fr-FR, de-DE, …) onto each reply as it sends it, over what the reply said, so the locale is
/// set again after that, for every reply of the turn: answers, welcomes, the adapter's apology, replayed replies,
/// a rate limit's "slow down". One handler shared by all turns: a turn costs one list entry.
/// </summary>
public sealed class RepliesInEnglish : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly SendActivitiesHandler SetLocale = (_, activities, next) =>
    {
        foreach (var activity in activities)
        {
            activity.Locale = ReplyRenderer.Locale;
        }

        return next();
    };

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities(SetLocale);
        return next(cancellationToken);
    }
}
