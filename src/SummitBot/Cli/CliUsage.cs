namespace SummitBot.Cli;

/// <summary>The usage text: every command with its arguments and options, or one command's.</summary>
internal static class CliUsage
{
    private const string Program = "dotnet run --project src/SummitBot --";

    /// <summary>The whole usage, or one command's when <paramref name="command"/> is given.</summary>
    public static void Write(TextWriter output, CliCommand? command)
    {
        if (command is not null)
        {
            WriteCommand(output, command);
            return;
        }

        output.WriteLine($"usage: {Program} [command] [options] [--Section:Key=value ...]");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (var each in CommandLine.Commands)
        {
            WriteEntry(output, each);
        }

        output.WriteLine();
        output.WriteLine("With no command the web server runs. Every command also takes settings that override");
        output.WriteLine("appsettings.json, e.g. --Knowledge:Path=my-knowledge (README: Settings).");
        output.WriteLine($"'{Program} help <command>' (or <command> --help) shows one command.");
    }

    /// <summary>One command's usage.</summary>
    public static void WriteCommand(TextWriter output, CliCommand command)
    {
        output.WriteLine($"usage: {Program} {command.Synopsis} [--Section:Key=value ...]");
        output.WriteLine();
        WriteEntry(output, command);
    }

    private static void WriteEntry(TextWriter output, CliCommand command)
    {
        var head = string.Join(' ', new[] { command.Name, command.ArgumentsUsage }.Where(p => p.Length > 0));
        output.WriteLine($"  {head,-24} {command.Summary}");
        foreach (var option in command.Options)
        {
            output.WriteLine($"    {option.Usage,-22} {option.Description}");
        }
    }
}
