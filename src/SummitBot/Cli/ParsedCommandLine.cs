namespace SummitBot.Cli;

/// <summary>
/// What the command line asks for: the web server (with its settings), a console command, usage, or nothing it
/// understood (an error, answered with usage and a non-zero exit code).
/// </summary>
internal sealed class ParsedCommandLine
{
    private readonly ConsoleCommand? _command;
    private readonly IReadOnlyList<string> _arguments;
    private readonly IReadOnlyDictionary<string, string?> _options;

    private ParsedCommandLine(
        ConsoleCommand? command,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?> options,
        IReadOnlyList<string> settings)
    {
        _command = command;
        _arguments = arguments;
        _options = options;
        Settings = settings;
    }

    /// <summary>True when the web server should run (no command, <c>serve</c>, or only server options and settings).</summary>
    public bool StartsServer { get; private init; }

    /// <summary>The settings (<c>--Section:Key=value</c>, <c>--urls=…</c>) for configuration, normalized to one token each.</summary>
    public IReadOnlyList<string> Settings { get; }

    /// <summary>Why the command line was not understood, or null.</summary>
    public string? Error { get; private init; }

    /// <summary>True when usage was asked for.</summary>
    public bool IsHelp { get; private init; }

    /// <summary>The command whose usage goes with the help or the error; null for the whole usage.</summary>
    public CliCommand? About { get; private init; }

    /// <summary>The console command to run, when there is one.</summary>
    public ConsoleCommand? Command => _command;

    public static ParsedCommandLine ForServer(IReadOnlyList<string> settings) =>
        new(null, [], new Dictionary<string, string?>(), settings) { StartsServer = true, About = CommandLine.Server };

    public static ParsedCommandLine ForCommand(
        ConsoleCommand command, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> options, IReadOnlyList<string> settings) =>
        new(command, arguments, options, settings) { About = command };

    public static ParsedCommandLine ForHelp(CliCommand? about) =>
        new(null, [], new Dictionary<string, string?>(), []) { IsHelp = true, About = about };

    public static ParsedCommandLine ForError(string error, CliCommand? about) =>
        new(null, [], new Dictionary<string, string?>(), []) { Error = error, About = about };

    /// <summary>
    /// Prints usage (exit 0), or the error and usage (exit 2), or runs the console command. Never starts the server:
    /// call it only when <see cref="StartsServer"/> is false.
    /// </summary>
    public async Task<int> RunAsync(CliConsole? console = null, CancellationToken cancellationToken = default)
    {
        console ??= CliConsole.System;
        if (StartsServer)
        {
            throw new InvalidOperationException("The web server is started by Program.cs, not by the command line.");
        }

        if (IsHelp)
        {
            CliUsage.Write(console.Output, About);
            return CliExitCode.Ok;
        }

        if (Error is not null)
        {
            console.Error.WriteLine("error: " + Error);
            console.Error.WriteLine();
            CliUsage.Write(console.Error, About);
            return CliExitCode.Usage;
        }

        var invocation = new CliInvocation(_command!, _arguments, _options, Settings, console);
        return await _command!.RunAsync(invocation, cancellationToken);
    }
}
