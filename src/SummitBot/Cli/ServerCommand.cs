namespace SummitBot.Cli;

/// <summary>
/// Running the bot's web server: what happens with no command (or <c>serve</c>). It is described here so usage lists
/// it and its options are checked like every other command's; <c>Program.cs</c> builds and runs the server itself.
/// </summary>
internal sealed class ServerCommand : CliCommand
{
    public override string Name => "serve";

    public override string Summary => "run the bot's web server (also with no command); default address http://localhost:3978";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("urls", "<urls>", "where to listen, e.g. http://0.0.0.0:5000 (several separated by ';')"),
    ];
}
