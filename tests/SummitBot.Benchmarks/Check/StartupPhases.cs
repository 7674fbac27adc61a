using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SummitBot.Answering;
using SummitBot.Benchmarks.Corpus;
using SummitBot.Knowledge;
using SummitBot.Search;

using SummitBot.Answering.Curated;
using SummitBot.Answering.Questions;

namespace SummitBot.Benchmarks.Check;

/// <summary>
/// <c>phases</c>: start-up to first answer broken into its phases, as the bot's <see cref="KnowledgeProvider"/> goes
/// through them (read what the index's last commit holds, load the knowledge folder reading only files that changed
/// since, open the index: reuse, update or build it, prepare the answering model, answer the first questions), each
/// timed with wall-clock and CPU time, so a slow start-up shows where it goes.
/// </summary>
internal static class StartupPhases
{
    public static int Run(int articles, TextWriter output, bool withFacts = false)
    {
        var knowledgeFolder = CorpusGenerator.Ensure(articles, log: output, withFacts: withFacts);
        var index = CorpusGenerator.IndexFor(articles, withFacts);
        KnowledgeBase knowledge = null!;
        KnowledgeSnapshot snapshot = null!;
        AnsweringModel model = null!;
        Func<string, SourceDocument?> known = null!;
        using var live = new LiveIndex(index, NullLogger.Instance);
        Time(output, "read the index's manifest", () => known = live.KnownSources());
        Time(output, "load knowledge (changed files only)", () => knowledge = KnowledgeLoader.Load(knowledgeFolder, known));
        output.WriteLine($"    {knowledge.Sources.Count:N0} sources, {knowledge.Sources.Values.Count(s => s.Paragraphs.Count > 0):N0} read from their files");
        Time(output, "open index (reuse, update or build)", () => snapshot = live.Open(knowledge));
        output.WriteLine($"    index {snapshot.Update}; {snapshot.People.Count:N0} people");
        Time(output, "answering model", () => model = new AnsweringModel(snapshot));
        Time(output, "release source text, compact (as the bot does)", () =>
        {
            knowledge.ReleaseSourceText();
            KnowledgeProvider.GiveBackMemory();
        });
        foreach (var question in new[] { "where is the second summit?", "who is Stephen Biegun?", "Where will the third summit be held?" })
        {
            Time(output, $"ask \"{question}\"", () =>
            {
                var (parsed, _) = FactQuestionReader.Read(QuestionNormalizer.Normalize(question), model);
                FactFinder.Find(parsed, FollowUpContext.Empty, model);
            });
        }

        snapshot.Dispose();
        return 0;
    }

    private static void Time(TextWriter output, string phase, Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
        var rss = Environment.WorkingSet / (1024.0 * 1024);
        output.WriteLine($"  {phase,-45} wall {wall.TotalMilliseconds,9:F1} ms   cpu {used.TotalMilliseconds,9:F1} ms   heap after {heap,7:F0} MB   RSS {rss,7:F0} MB");
    }
}
