namespace SummitBot.Tests.Specs;

/// <summary>One line of a spec case, with its line number in the file for the failure message.</summary>
internal readonly record struct SpecLine(int Number, string Text)
{
    /// <summary>The text after <paramref name="prefix"/> when the line starts with it ("published: 2019-02-12" → "2019-02-12").</summary>
    public string? After(string prefix) => Text.StartsWith(prefix, StringComparison.Ordinal) ? Text[prefix.Length..].Trim() : null;
}
