namespace SummitBot.Cli;

/// <summary>
/// A command of the command line (<c>ask</c>, <c>chat</c>, <c>import</c>, <c>report</c>, or running the server): what
/// usage says of it and what it accepts. The parser checks the arguments against <see cref="Options"/> and
/// <see cref="Arguments"/>, so a command only ever runs with arguments it understands.
/// </summary>
internal abstract class CliCommand
{
    /// <summary>The word that selects the command.</summary>
    public abstract string Name { get; }

    /// <summary>How its plain arguments are written in usage (<c>"&lt;question&gt;"</c>), empty when it takes none.</summary>
    public virtual string ArgumentsUsage => string.Empty;

    /// <summary>One line for the usage text.</summary>
    public abstract string Summary { get; }

    public virtual IReadOnlyList<CliOption> Options => [];

    /// <summary>How many plain (non-option) arguments it takes.</summary>
    public virtual (int Min, int Max) Arguments => (0, 0);

    /// <summary>The command as usage writes it: name, arguments and options.</summary>
    public string Synopsis =>
        string.Join(' ', new[] { Name, ArgumentsUsage }.Concat(Options.Select(o => $"[{o.Usage}]")).Where(p => p.Length > 0));

    public CliOption? FindOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
