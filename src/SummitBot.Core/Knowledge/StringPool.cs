namespace SummitBot.Knowledge;

/// <summary>
/// One instance per distinct string while knowledge is loaded or prepared: ids, kinds, speakers, names and passages
/// repeat across thousands of facts and entities, and at archive scale the copies would cost hundreds of megabytes.
/// Used only while building; the shared strings outlive it.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompactText> _compact = new(StringComparer.Ordinal);

    public string Share(string value) => _strings.TryGetValue(value, out var shared) ? shared : Add(value);

    public string? ShareOptional(string? value) => value is null ? null : Share(value);

    public string[] ShareAll(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var shared = new string[values.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = Share(values[i]);
        }

        return shared;
    }

    /// <summary>One <see cref="CompactText"/> per distinct text (two facts citing one passage share it).</summary>
    public CompactText Compact(string value)
    {
        if (!_compact.TryGetValue(value, out var compact))
        {
            _compact.Add(value, compact = new CompactText(value));
        }

        return compact;
    }

    private string Add(string value)
    {
        _strings.Add(value);
        return value;
    }
}
