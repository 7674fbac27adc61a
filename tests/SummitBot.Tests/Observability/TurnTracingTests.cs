using System.Collections.Concurrent;
using System.Diagnostics;
using SummitBot.Observability;
using SummitBot.Tests.Http;

namespace SummitBot.Tests.Observability;

/// <summary>Each turn is a span of the bot's own source, a child of the HTTP request's span, tagged with the conversation.</summary>
public sealed class TurnTracingTests
{
    [Fact]
    public async Task ATurnIsASpanUnderItsHttpRequest()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is BotTracing.SourceName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var bot = ObservedBot.Start(new LogCapture());

        await new ActivityClient(bot.CreateClient(), "tracing-conversation").AskAsync("where is the second summit?");

        var turn = Assert.Single(spans, s => s.Source.Name == BotTracing.SourceName && Equals(s.GetTagItem("summitbot.conversation_id"), "tracing-conversation"));
        Assert.Equal("turn", turn.OperationName);
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.SpanId == turn.ParentSpanId);
    }
}
