namespace SummitBot.Cli;

/// <summary>A command that runs on the console without the web server and ends with an exit code.</summary>
internal abstract class ConsoleCommand : CliCommand
{
    /// <summary>Runs the command with arguments the parser has already checked; returns the process's exit code.</summary>
    public abstract Task<int> RunAsync(CliInvocation invocation, CancellationToken cancellationToken);
}
