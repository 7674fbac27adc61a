using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Benchmarks.Answering;
using SummitBot.Benchmarks.Corpus;

using SummitBot.Answering.Curated;
using SummitBot.Answering.Questions;

namespace SummitBot.Benchmarks.Check;

/// <summary>
/// <c>loop</c>: asks the question mix over and over on one thread for a fixed time, then prints questions per second,
/// CPU and bytes allocated per question. Bounded and steady, so dotnet-trace or dotnet-counters can be attached to it
/// (the process id is printed first) to see where answering spends its time.
/// </summary>
internal static class AnswerLoop
{
    public static int Run(int articles, TimeSpan duration, TextWriter output, bool withFacts = false)
    {
        var knowledge = CorpusGenerator.Ensure(articles, log: output, withFacts: withFacts);
        using var services = AnsweringServices.Create(knowledge, CorpusGenerator.IndexFor(articles, withFacts));
        var answers = services.GetRequiredService<IAnswerService>();
        var mix = QuestionMix.From(answers);
        output.WriteLine($"pid {Environment.ProcessId}: asking {mix.Count} questions in a loop for {duration.TotalSeconds:F0} s");

        // Warm-up: JIT and the lazily built per-fact terms.
        for (var i = 0; i < 20 * mix.Count; i++)
        {
            var (q, c) = mix[i % mix.Count];
            answers.Ask(q, c);
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        long asked = 0;
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                var (q, c) = mix[i];
                answers.Ask(q, c);
            }

            asked += mix.Count;
        }

        var wall = clock.Elapsed;
        var pauses = GC.GetTotalPauseDuration() - paused;
        var gen0 = GC.CollectionCount(0) - collections;
        ReportStages(services, mix, output);
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        output.WriteLine(
            $"{asked} questions in {wall.TotalSeconds:F1} s: {asked / wall.TotalSeconds:F0}/s, " +
            $"{used.TotalMicroseconds / asked:F1} µs CPU and {bytes / (double)asked / 1024:F2} KB allocated per question; " +
            $"{gen0} collections, paused {pauses.TotalMilliseconds:F0} ms ({pauses / wall:P1} of the time)");
        return 0;
    }

    /// <summary>Bytes allocated per question by each stage of answering, measured one stage at a time.</summary>
    private static void ReportStages(ServiceProvider services, IReadOnlyList<(string Question, FollowUpContext Context)> mix, TextWriter output)
    {
        var model = services.GetRequiredService<AnsweringModelCache>().For(services.GetRequiredService<Search.KnowledgeProvider>().Current);
        long normalize = 0, read = 0, find = 0, compose = 0;
        foreach (var (question, context) in mix)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var text = QuestionNormalizer.Normalize(question);
            var afterNormalize = GC.GetAllocatedBytesForCurrentThread();
            var (parsed, _) = FactQuestionReader.Read(AnswerService.QuestionPart(text), model);
            var afterRead = GC.GetAllocatedBytesForCurrentThread();
            var finding = FactFinder.Find(parsed, context, model);
            var afterFind = GC.GetAllocatedBytesForCurrentThread();
            AnswerComposer.Compose(finding, context, parsed, model, 3);
            var afterCompose = GC.GetAllocatedBytesForCurrentThread();
            normalize += afterNormalize - before;
            read += afterRead - afterNormalize;
            find += afterFind - afterRead;
            compose += afterCompose - afterFind;
        }

        output.WriteLine(
            $"allocated per question: normalize {normalize / mix.Count} B, read {read / mix.Count} B, find {find / mix.Count} B, compose {compose / mix.Count} B");
    }
}
