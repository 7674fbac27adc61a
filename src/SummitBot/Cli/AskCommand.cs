using SummitBot.Answering;

namespace SummitBot.Cli;

/// <summary>
/// <c>ask "question" [--explain] [--after "earlier question"]</c>: prints the answer to one question and its sources (and,
/// with --explain, why), without the web server. --after asks an earlier question first, so a follow-up ("and when did he
/// leave?") is read against it as in a conversation.
/// </summary>
internal sealed class AskCommand : ConsoleCommand
{
    public override string Name => "ask";

    public override string ArgumentsUsage => "\"<question>\"";

    public override string Summary => "print the answer to one question and its sources";

    public override (int Min, int Max) Arguments => (1, int.MaxValue);

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("explain", null, "also print how the question was read, the candidate answers with their evidence and scores, and the threshold"),
        new("after", "<question>", "ask this question first and read the question as its follow-up"),
    ];

    public override Task<int> RunAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        // The words may come quoted as one argument or unquoted as several.
        var question = string.Join(' ', invocation.Arguments);
        if (string.IsNullOrWhiteSpace(question))
        {
            return Task.FromResult(invocation.UsageError("the question is empty"));
        }

        using var host = invocation.BuildHost(builder => builder.Services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath));
        try
        {
            var service = host.Services.GetRequiredService<IAnswerService>();
            var context = Earlier(invocation, service);
            if (invocation.Flag("explain"))
            {
                // Why it answers or declines, for a curator: the reading, the candidates, the threshold, the decision.
                invocation.Output.WriteLine(host.Services.GetRequiredService<IAnswerExplainer>().Explain(question, context));
            }

            var answer = service.Ask(question, context);
            invocation.Output.WriteLine(AnswerText.Format(answer));
            return Task.FromResult(CliExitCode.Ok);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            invocation.Error.WriteLine("error: " + e.Message);
            return Task.FromResult(CliExitCode.Failed);
        }
    }

    /// <summary>The conversation after the --after question (printed with its answer, so the follow-up reads in context), or none.</summary>
    private static FollowUpContext Earlier(CliInvocation invocation, IAnswerService service)
    {
        if (invocation.Option("after") is not { } earlier)
        {
            return FollowUpContext.Empty;
        }

        var answer = service.Ask(earlier, FollowUpContext.Empty);
        invocation.Output.WriteLine("> " + earlier);
        invocation.Output.WriteLine(AnswerText.Format(answer));
        invocation.Output.WriteLine();
        return answer.Context;
    }
}
