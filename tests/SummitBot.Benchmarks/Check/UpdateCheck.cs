using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SummitBot.Answering;
using SummitBot.Benchmarks.Answering;
using SummitBot.Benchmarks.Corpus;
using SummitBot.Search;

namespace SummitBot.Benchmarks.Check;

/// <summary>
/// <c>update --articles N</c>: a restart on the corpus's index (time to the first answer), then one article added,
/// changed, an existing one changed and put back, and the added one deleted, each while two threads keep asking the
/// question set: how long each reload takes (the index updated for that article only, the new snapshot prepared and
/// swapped in), what the index update wrote, how long until a question about the article gets the new answer, and
/// every failed or empty answer (there must be none). The watcher waits <c>Knowledge:ReloadDelay</c> (500 ms by
/// default) for writes to settle before it reloads; that wait is not in the figures. The corpus is left as it was.
/// </summary>
internal static class UpdateCheck
{
    private const string Question = "Where will the ferry service resume?";

    public static int Run(int articles, TextWriter output)
    {
        var knowledge = CorpusGenerator.Ensure(articles, log: output);
        var added = Path.Combine(knowledge, "sources", "update-bench-ferry.txt");
        var existing = Directory.EnumerateFiles(Path.Combine(knowledge, "sources"), "gen-*.txt").Order(StringComparer.Ordinal).Skip(articles / 2).FirstOrDefault()
            ?? Path.Combine(knowledge, "sources", "envoys-meet-again.txt");
        var original = File.ReadAllText(existing);
        File.Delete(added);

        var clock = Stopwatch.StartNew();
        using var services = AnsweringServices.Create(knowledge, CorpusGenerator.IndexFor(articles));
        var answers = services.GetRequiredService<IAnswerService>();
        var provider = services.GetRequiredService<KnowledgeProvider>();
        answers.Ask("where is the second summit?", FollowUpContext.Empty);
        output.WriteLine($"Start-up to first answer: {clock.Elapsed.TotalSeconds:F2} s (index {provider.Current.Update})");

        var mix = QuestionMix.From(answers);
        using var stop = new CancellationTokenSource();
        var load = new Load(answers, mix);
        var askers = Enumerable.Range(0, 2).Select(n => Task.Run(() => load.Run(n, stop.Token))).ToList();
        try
        {
            Step(output, provider, answers, load, "add an article", () => File.WriteAllText(added, Ferry("Marlowe")), "Marlowe");
            Step(output, provider, answers, load, "change it", () => File.WriteAllText(added, Ferry("Dunmore")), "Dunmore");
            Step(output, provider, answers, load, $"change {Path.GetFileName(existing)}", () => File.WriteAllText(existing, original.Replace(" summit", " meeting", StringComparison.Ordinal)), "Dunmore");
            Step(output, provider, answers, load, $"put {Path.GetFileName(existing)} back", () => File.WriteAllText(existing, original), "Dunmore");
            Step(output, provider, answers, load, "delete the added article", () => File.Delete(added), null);
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll([.. askers]);
            File.Delete(added);
            File.WriteAllText(existing, original);
        }

        output.WriteLine($"Questions asked during the updates: {load.Asked:N0}, failed or empty: {load.Failures.Count}");
        load.Failures.Take(10).ToList().ForEach(f => output.WriteLine("  " + f));
        output.WriteLine($"Managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MB, RSS {Environment.WorkingSet / 1048576.0:F0} MB");
        return load.Failures.IsEmpty ? 0 : 1;
    }

    /// <summary>Makes a change, reloads as the watcher does, and times the reload and the first answer that shows it.</summary>
    private static void Step(TextWriter output, KnowledgeProvider provider, IAnswerService answers, Load load, string what, Action change, string? expected)
    {
        var askedBefore = load.Asked;
        change();
        var clock = Stopwatch.StartNew();
        var reloading = Task.Run(provider.Reload);
        var served = TimeSpan.Zero;
        while (served == TimeSpan.Zero && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var text = answers.Ask(Question, FollowUpContext.Empty).Text;
            if (expected is null ? !text.Contains("Marlowe", StringComparison.Ordinal) && !text.Contains("Dunmore", StringComparison.Ordinal) : text.StartsWith(expected, StringComparison.Ordinal))
            {
                served = clock.Elapsed;
            }
        }

        var swapped = reloading.GetAwaiter().GetResult();
        var reload = clock.Elapsed;
        output.WriteLine(FormattableString.Invariant(
            $"  {what,-36} reload {reload.TotalSeconds,6:F2} s (swapped: {swapped}), served after {served.TotalSeconds,6:F2} s; index {provider.Current.Update}; {load.Asked - askedBefore} questions asked meanwhile"));
    }

    private static string Ferry(string place) => $"""
        id: update-bench-ferry
        title: Ferry Service Between Corvalia and Drenmark to Resume
        published: March 4, 2019
        ---
        The ferry service between Corvalia and Drenmark will resume in {place} on Tuesday, officials in both capitals said.
        """;

    /// <summary>Asks the question mix in a loop, counting answers that failed or came back empty.</summary>
    private sealed class Load(IAnswerService answers, IReadOnlyList<(string Question, FollowUpContext Context)> mix)
    {
        private int _asked;

        public int Asked => Volatile.Read(ref _asked);

        public System.Collections.Concurrent.ConcurrentQueue<string> Failures { get; } = [];

        public void Run(int offset, CancellationToken stop)
        {
            for (var i = offset; !stop.IsCancellationRequested; i++)
            {
                var (question, context) = mix[i % mix.Count];
                try
                {
                    if (string.IsNullOrWhiteSpace(answers.Ask(question, context).Text))
                    {
                        Failures.Enqueue($"empty answer to \"{question}\"");
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Failures.Enqueue($"\"{question}\": {e.GetType().Name}: {e.Message}");
                }

                Interlocked.Increment(ref _asked);
            }
        }
    }
}
