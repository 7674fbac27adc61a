using System.Text;

namespace SummitBot.Knowledge;

/// <summary>
/// Text kept as UTF-8 and decoded when read: for the long sentences of facts (what they say, the passage they cite),
/// which are read once per answer but held for every fact. English text takes half the memory this way, which at
/// archive scale (600,000 facts) is well over a hundred megabytes.
/// </summary>
public sealed class CompactText
{
    private readonly byte[] _utf8;

    public CompactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _utf8 = Encoding.UTF8.GetBytes(text);
    }

    public override string ToString() => Encoding.UTF8.GetString(_utf8);
}
