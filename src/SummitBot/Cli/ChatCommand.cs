using SummitBot.Answering;

namespace SummitBot.Cli;

/// <summary><c>chat</c>: a conversation on the console, one question a line; follow-ups keep their context until an empty line.</summary>
internal sealed class ChatCommand : ConsoleCommand
{
    public override string Name => "chat";

    public override string Summary => "a conversation on the console: one question a line, an empty line starts over, end of input ends";

    public override async Task<int> RunAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        using var host = invocation.BuildHost(builder => builder.Services.AddAnswering(builder.Configuration, builder.Environment.ContentRootPath));
        var answers = host.Services.GetRequiredService<IAnswerService>();
        var context = FollowUpContext.Empty;
        try
        {
            // The knowledge is loaded here, before the first question: a missing folder is said at once.
            answers.Ask("hello", context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            invocation.Error.WriteLine("error: " + e.Message);
            return CliExitCode.Failed;
        }

        invocation.Output.WriteLine(AnswerText.Format(answers.Welcome()));
        while (await invocation.Input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                context = FollowUpContext.Empty;
                continue;
            }

            var answer = answers.Ask(line, context);
            context = answer.Context;
            invocation.Output.WriteLine();
            invocation.Output.WriteLine("> " + line);
            invocation.Output.WriteLine(AnswerText.Format(answer));
        }

        return CliExitCode.Ok;
    }
}
