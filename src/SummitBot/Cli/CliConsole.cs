namespace SummitBot.Cli;

/// <summary>Where a command reads and writes: the process's console, or text readers and writers in tests.</summary>
internal sealed record CliConsole(TextReader Input, TextWriter Output, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}
