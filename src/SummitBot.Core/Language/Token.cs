namespace SummitBot.Language;

/// <summary>One token of a text, with where it stands (character offsets, end exclusive).</summary>
public readonly record struct Token(string Text, int Start, int End, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word that starts with a capital letter ("Hanoi", "U.S.", "KCNA").</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>A word of two or more letters, all capitals ("KCNA", "DPRK"), or an abbreviation with dots ("U.S.").</summary>
    public bool IsAcronym => Kind == TokenKind.Word && Text.Length >= 2 && Text.All(c => char.IsUpper(c) || c == '.');

    public bool Is(string lower) => Text.Equals(lower, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
