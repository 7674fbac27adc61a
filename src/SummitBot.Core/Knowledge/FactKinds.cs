namespace SummitBot.Knowledge;

/// <summary>
/// The one place a <see cref="FactKind"/> becomes text and back: the lower-case token of the <c>asks:</c> line in
/// facts files, which is also what the index stores (changing a token changes stored values: bump the index schema).
/// </summary>
public static class FactKinds
{
    private static readonly string[] Tokens = [.. Enum.GetValues<FactKind>().Select(k => k.ToString().ToLowerInvariant())];

    /// <summary>Every token, in the enum's order ("place, date, ..."), for messages that list what is allowed.</summary>
    public static IReadOnlyList<string> AllTokens => Tokens;

    /// <summary>The kind's token as facts files write it and the index stores it ("place").</summary>
    public static string Token(this FactKind kind) => Tokens[(int)kind];

    /// <summary>The kind a facts file's token names, ignoring case; false for anything else (numbers included).</summary>
    public static bool TryParse(string token, out FactKind kind)
    {
        var index = Array.FindIndex(Tokens, t => string.Equals(t, token, StringComparison.OrdinalIgnoreCase));
        kind = index < 0 ? default : (FactKind)index;
        return index >= 0;
    }
}
