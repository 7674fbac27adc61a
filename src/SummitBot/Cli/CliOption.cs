namespace SummitBot.Cli;

/// <summary>
/// One option of a command: <c>--name value</c> (or <c>--name=value</c>) when <paramref name="Value"/> names its value,
/// a flag (<c>--name</c>) when it is null.
/// </summary>
/// <param name="Name">The option without its dashes.</param>
/// <param name="Value">What the value is, as usage shows it (<c>&lt;age&gt;</c>); null for a flag.</param>
/// <param name="Description">One line for the usage text.</param>
internal sealed record CliOption(string Name, string? Value, string Description)
{
    public bool IsFlag => Value is null;

    public string Usage => IsFlag ? "--" + Name : $"--{Name} {Value}";
}
