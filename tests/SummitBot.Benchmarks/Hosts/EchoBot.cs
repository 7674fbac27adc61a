using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SummitBot.Benchmarks.Hosts;

/// <summary>The SDK's floor: an <see cref="ActivityHandler"/> that replies with the text it got, and nothing else.</summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
}
