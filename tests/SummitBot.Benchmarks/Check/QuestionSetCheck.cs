using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using SummitBot.Answering;
using SummitBot.Benchmarks.Answering;
using SummitBot.Bot;
using SummitBot.Tests.QuestionSet;
using SummitBot.Tests.Support;

namespace SummitBot.Benchmarks.Check;

/// <summary>
/// <c>check</c>: runs every case of the question set through <see cref="IAnswerService"/> over a corpus (the shipped
/// knowledge or a generated one), with each conversation's follow-up context, renders each reply as the bot does and
/// judges it with the question set's own judge. Prints the score, every failure, and the latency of each question.
/// Exit code 0 only when every case passes. <c>--warmup N</c> asks the whole set N more times, untimed, before the two
/// timed rounds: the runtime compiles a method again, optimized, only after it has been called many times, so the
/// first rounds time partly unoptimized code (a long-running bot's is optimized).
/// </summary>
internal static class QuestionSetCheck
{
    public static int Run(int articles, string indexPath, TextWriter output, bool withFacts = false, int slowest = 0, int warmup = 0)
    {
        var knowledge = Corpus.CorpusGenerator.Ensure(articles, log: output, withFacts: withFacts);
        output.WriteLine($"Question set against {(articles == 0 ? "the shipped knowledge" : $"{articles:N0} generated articles + the shipped knowledge")} ({knowledge})");
        var clock = Stopwatch.StartNew();
        using var services = AnsweringServices.Create(knowledge, indexPath);
        var answers = services.GetRequiredService<IAnswerService>();
        var renderer = new ReplyRenderer();
        var incoming = new Microsoft.Bot.Schema.Activity(ActivityTypes.Message) { ChannelId = "test", Text = string.Empty };

        answers.Ask("where is the second summit?", FollowUpContext.Empty);
        var startup = clock.Elapsed;
        output.WriteLine($"Start-up to first answer (load, index, first question): {startup.TotalSeconds:F2} s");

        var failures = new List<string>();
        var times = new List<double>();
        var asks = new List<(double Ms, string Question)>();
        var untimed = 1 + Math.Max(0, warmup);
        for (var round = 0; round < untimed + 2; round++)
        {
            // Round 0 is judged (and warms up), the --warmup rounds only warm up, and the last two add latency samples.
            foreach (var c in QuestionCase.All)
            {
                var context = FollowUpContext.Empty;
                Answer? answer = null;
                foreach (var question in c.Ask)
                {
                    var read = IncomingQuestion.Read(question);
                    var started = Stopwatch.GetTimestamp();
                    answer = answers.Ask(read, context);
                    if (round >= untimed)
                    {
                        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        asks.Add((times[^1], question));
                    }

                    context = answer.Context;
                }

                if (round == 0)
                {
                    var activity = renderer.Render(answer!, incoming);
                    var reply = BotReply.From(JsonNode.Parse(JsonConvert.SerializeObject(activity))!.AsObject());
                    if (QuestionSetJudge.Judge(c, reply) is { } verdict)
                    {
                        failures.Add($"  {c.Id} [{c.Kind}] \"{c.Ask[^1]}\": {verdict}");
                    }
                }
            }
        }

        times.Sort();
        foreach (var (ms, question) in asks.OrderByDescending(a => a.Ms).Take(slowest))
        {
            output.WriteLine(FormattableString.Invariant($"  {ms,8:F1} ms  {question}"));
        }

        var total = QuestionCase.All.Count;
        output.WriteLine($"Question set: {total - failures.Count}/{total} passed");
        failures.ForEach(output.WriteLine);
        output.WriteLine(FormattableString.Invariant(
            $"Answer computation over {times.Count} asks: p50 {Percentile(times, 0.50):F3} ms, p90 {Percentile(times, 0.90):F3} ms, p99 {Percentile(times, 0.99):F3} ms, max {times[^1]:F3} ms"));
        GC.Collect();
        var rss = Environment.WorkingSet / 1048576.0;
        output.WriteLine($"Managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MB, RSS {rss:F0} MB");

        // One line per run for docs/benchmarks (the latency chart is drawn from these).
        var file = Path.Combine(RepoPaths.Root, "generated", "results", "check.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (!File.Exists(file))
        {
            File.WriteAllText(file, "articles,passed,total,p50_ms,p90_ms,p99_ms,startup_s,rss_mb,at\n");
        }

        File.AppendAllText(file, FormattableString.Invariant(
            $"{articles},{total - failures.Count},{total},{Percentile(times, 0.50):F3},{Percentile(times, 0.90):F3},{Percentile(times, 0.99):F3},{startup.TotalSeconds:F2},{rss:F0},{DateTimeOffset.UtcNow:u}\n"));
        return failures.Count == 0 ? 0 : 1;
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
