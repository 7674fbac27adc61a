namespace SummitBot.Tests.Specs;

/// <summary>
/// One case of a spec file: its id, the section it is in, where it starts and its lines. Each stage's test reads the
/// lines it knows and fails on any other, so a mistyped line is an error rather than a check that never runs.
/// </summary>
internal sealed record SpecCase(string File, string Section, string Id, int Line, IReadOnlyList<SpecLine> Lines)
{
    public string Where => $"{File}:{Line} ({Section} / {Id})";

    /// <summary>The values of the lines that start with <paramref name="prefix"/>, in order.</summary>
    public List<string> All(string prefix) => [.. Lines.Select(l => l.After(prefix)).OfType<string>()];

    /// <summary>The value of the one line that starts with <paramref name="prefix"/>, or null when there is none.</summary>
    public string? One(string prefix) => All(prefix) switch
    {
        [] => null,
        [var only] => only,
        _ => throw new FormatException($"{Where}: more than one '{prefix}' line"),
    };

    /// <summary>Fails on a line that starts with none of <paramref name="prefixes"/>.</summary>
    public void OnlyLines(params string[] prefixes)
    {
        foreach (var line in Lines.Where(l => !prefixes.Any(p => l.Text.StartsWith(p, StringComparison.Ordinal))))
        {
            throw new FormatException($"{File}:{line.Number}: case '{Id}' cannot read '{line.Text}' (lines start with {string.Join(", ", prefixes.Select(p => $"'{p}'"))})");
        }
    }

    /// <summary>The case's lines as the failure message shows them.</summary>
    public string Text => string.Join(Environment.NewLine, Lines.Select(l => "    " + l.Text));
}
