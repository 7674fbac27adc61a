namespace SummitBot.Knowledge;

/// <summary>One <c>[kind id]</c> block of a facts file, or the header of a source file: keys with their values and lines.</summary>
internal sealed class KnowledgeBlock(string kind, string id, int line)
{
    private readonly Dictionary<string, (string Value, int Line)> _values = new(StringComparer.OrdinalIgnoreCase);

    public string Kind { get; } = kind;

    public string Id { get; } = id;

    public int Line { get; } = line;

    public void Set(string key, string value, int line)
    {
        if (_values.ContainsKey(key))
        {
            throw new KnowledgeFormatException(line, $"'{key}' is given twice in [{Kind} {Id}]");
        }

        _values[key] = (value, line);
    }

    public void Append(string key, string more)
    {
        var (value, line) = _values[key];
        _values[key] = (value + " " + more, line);
    }

    public string? Optional(string key) =>
        _values.TryGetValue(key, out var v) && v.Value.Length > 0 ? v.Value : null;

    public string Required(string key) =>
        Optional(key) ?? throw new KnowledgeFormatException(Line, $"[{Kind} {Id}] has no '{key}'");

    public int LineOf(string key) => _values.TryGetValue(key, out var v) ? v.Line : Line;

    public IReadOnlyList<string> List(string key) =>
        Optional(key) is { } value
            ? value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public IEnumerable<string> Keys => _values.Keys;
}
