using System.Globalization;

namespace SummitBot.Benchmarks;

/// <summary>The <c>--name value</c> and <c>--flag</c> options of the benchmark commands.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public static CommandOptions Parse(string[] args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            options._values[name] = value;
        }

        return options;
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null ? int.Parse(value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _values.ContainsKey(name);

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))]
            : fallback;
}
