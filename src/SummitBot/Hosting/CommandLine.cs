using SummitBot.Answering;

namespace SummitBot.Hosting;

/// <summary>
/// Commands that run without the web server: <c>ask "question"</c> prints the answer and its sources.
/// </summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], IServiceProvider, Task<int>>> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ask"] = AskAsync,
        ["chat"] = ChatAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = BotHost.Options(args[1..]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Args,
            ContentRootPath = options.ContentRootPath,
        });
        // The answer goes to standard output; only warnings and errors (e.g. a broken knowledge file) to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath);

        using var host = builder.Build();
        return await Commands[args[0]](args[1..], host.Services);
    }

    /// <summary>A conversation on the console: one question a line, follow-ups keep their context, until end of input.</summary>
    private static async Task<int> ChatAsync(string[] args, IServiceProvider services)
    {
        var answers = services.GetRequiredService<IAnswerService>();
        var context = FollowUpContext.Empty;
        Console.WriteLine(AnswerText.Format(answers.Welcome()));
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                // An empty line starts a new conversation.
                context = FollowUpContext.Empty;
                continue;
            }

            var answer = answers.Ask(line, context);
            context = answer.Context;
            Console.WriteLine();
            Console.WriteLine("> " + line);
            Console.WriteLine(AnswerText.Format(answer));
        }

        _ = args;
        return 0;
    }

    private static Task<int> AskAsync(string[] args, IServiceProvider services)
    {
        var question = string.Join(' ', args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)));
        if (string.IsNullOrWhiteSpace(question))
        {
            Console.Error.WriteLine("usage: ask \"where is the second summit?\"");
            return Task.FromResult(2);
        }

        var answer = services.GetRequiredService<IAnswerService>().Ask(question, FollowUpContext.Empty);
        Console.WriteLine(AnswerText.Format(answer));
        return Task.FromResult(0);
    }
}
