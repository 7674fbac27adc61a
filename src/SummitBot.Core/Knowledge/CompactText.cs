using System.Text;

namespace SummitBot.Knowledge;

/// <summary>
/// Text kept as UTF-8 and decoded when read: for the long sentences of facts (what they say, the passage they cite),
/// which are read once per answer but held for every fact. English text takes half the memory this way, which at
/// archive scale (600,000 facts) is well over a hundred megabytes. A struct, so a fact holds the bytes, not a wrapper.
/// </summary>
public readonly struct CompactText
{
    private readonly byte[] _utf8;

    public CompactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _utf8 = Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Whether this holds no text (the default value).</summary>
    public bool IsEmpty => _utf8 is null || _utf8.Length == 0;

    public override string ToString() => _utf8 is null ? string.Empty : Encoding.UTF8.GetString(_utf8);
}
