using System.Diagnostics.Metrics;
using SummitBot.Answering;

namespace SummitBot.Observability;

/// <summary>
/// The bot's own meter, <c>SummitBot</c>: turns by activity type and channel, answers by kind (answered, declined, …),
/// and how long answering took. Exported at <c>/metrics</c> as <c>summitbot_turns_total</c>,
/// <c>summitbot_answers_total</c> and <c>summitbot_answer_duration_seconds</c>.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "SummitBot";

    private readonly Counter<long> _turns;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;

    public BotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("summitbot.turns", unit: "{turn}", description: "Activities the bot handled.");
        _answers = meter.CreateCounter<long>("summitbot.answers", unit: "{answer}", description: "Questions answered, by kind: answered, declined, greeting, thanks, unreadable.");
        _answerDuration = meter.CreateHistogram(
            "summitbot.answer.duration",
            unit: "s",
            description: "Time to compute an answer (analysis, search, composition), without the Bot Framework's own work.",
            advice: new InstrumentAdvice<double>
            {
                // Answering is expected to take about a millisecond: buckets from 0.1 ms to 5 s.
                HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
            });
    }

    /// <summary>One activity reached the bot.</summary>
    public void Turn(string? activityType, string? channelId) =>
        _turns.Add(1, new KeyValuePair<string, object?>("activity_type", TelemetryLabels.ActivityType(activityType)), new KeyValuePair<string, object?>("channel", TelemetryLabels.Channel(channelId)));

    /// <summary>One question was answered with <paramref name="kind"/> after <paramref name="elapsed"/>.</summary>
    public void Answered(AnswerKind kind, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("kind", KindName(kind));
        _answers.Add(1, tag);
        _answerDuration.Record(elapsed.TotalSeconds, tag);
    }

    private static string KindName(AnswerKind kind) => kind switch
    {
        AnswerKind.Answered => "answered",
        AnswerKind.Declined => "declined",
        AnswerKind.Greeting => "greeting",
        AnswerKind.Thanks => "thanks",
        AnswerKind.Unreadable => "unreadable",
        _ => "other",
    };
}
