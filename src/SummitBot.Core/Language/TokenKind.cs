namespace SummitBot.Language;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (with digits, inner hyphens or apostrophes, or the dots of an abbreviation: "U.S.", "Jae-in").</summary>
    Word,

    /// <summary>Digits, with thousands separators, a decimal point or an ordinal suffix ("1,000", "3.5", "27th").</summary>
    Number,

    /// <summary>An opening or closing quotation mark (straight or typographic).</summary>
    Quote,

    /// <summary>The possessive ending "'s" (or a lone apostrophe after a plural: "leaders'").</summary>
    Possessive,

    /// <summary>Any other character: punctuation and symbols such as "$" or "%".</summary>
    Symbol,
}
