using BenchmarkDotNet.Running;
using SummitBot.Benchmarks;
using SummitBot.Benchmarks.Check;
using SummitBot.Benchmarks.Corpus;
using SummitBot.Benchmarks.Hosts;
using SummitBot.Benchmarks.Http;

// Commands (docs/benchmarks.md): generate, check, devset, phases, update, loop, http, turns, serve, retrieve, allocations; anything else goes to BenchmarkDotNet.
// --with-facts: the generated articles come with facts files (in corpus-N-facts), as before articles came without.
var command = args.Length > 0 ? args[0] : string.Empty;
var options = CommandOptions.Parse(args.Length > 0 ? args[1..] : []);
var withFacts = options.Flag("with-facts");
switch (command)
{
    case "generate":
    {
        var articles = options.Int("articles", 1000);
        var seed = options.Int("seed", CorpusGenerator.DefaultSeed);
        var knowledge = CorpusGenerator.Ensure(articles, seed, Console.Out, withFacts);
        Console.WriteLine($"Corpus ready: {knowledge}");
        if (options.Flag("index"))
        {
            // Built from scratch (so the time printed is a full build) into the corpus's index folder, kept for reuse.
            var index = CorpusGenerator.IndexFor(articles, withFacts);
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }

            CorpusGenerator.BuildIndex(knowledge, index, Console.Out);
        }

        return 0;
    }

    case "check":
    {
        var articles = options.Int("articles", 0);
        return QuestionSetCheck.Run(articles, CorpusGenerator.IndexFor(articles, withFacts), Console.Out, withFacts, options.Int("slowest", 0), options.Int("warmup", 0));
    }

    case "devset":
        return DevSetCheck.Run(options.String("set") ?? "dev", options.Int("articles", 0), Console.Out, options.String("only"), options.Int("rounds", 3), options.String("evidence"));

    case "update":
        return UpdateCheck.Run(options.Int("articles", 1000), Console.Out);

    case "retrieve":
        return SummitBot.Benchmarks.Diagnose.RetrievalDump.Run(
            options.String("knowledge") ?? CorpusGenerator.KnowledgeFor(options.Int("articles", 0)),
            options.String("index") ?? CorpusGenerator.IndexFor(options.Int("articles", 0)),
            [.. args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a.Contains(' ', StringComparison.Ordinal))],
            options.Int("depth", 25),
            Console.Out);

    case "phases":
        return StartupPhases.Run(options.Int("articles", 0), Console.Out, withFacts);

    case "loop":
        return AnswerLoop.Run(options.Int("articles", 0), TimeSpan.FromSeconds(options.Int("seconds", 20)), Console.Out, withFacts);

    case "http":
        return await HttpBenchmark.RunAsync(options, Console.Out);

    case "turns":
        return await TurnLoop.RunAsync(options, Console.Out);

    case "allocations":
        return SummitBot.Benchmarks.Diagnose.AllocationSummary.Run(options, Console.Out);

    case "serve":
        return await ServeCommand.RunAsync(args[1..], Console.Out);

    default:
        BenchmarkSwitcher.FromAssembly(typeof(CommandOptions).Assembly).Run(args, BenchConfig.Create());
        return 0;
}
