namespace SummitBot.Language.Relations;

/// <summary>How WordNet relates two words; a question's word matches a text's through some of these.</summary>
[Flags]
public enum Relation
{
    None = 0,

    /// <summary>Same sense ("postpone", "put off").</summary>
    Synonym = 1,

    /// <summary>The word is a kind of the other ("convene" is a way to "meet", an "envoy" is a "diplomat").</summary>
    Hypernym = 2,

    /// <summary>The same root in another part of speech ("postpone", "postponement").</summary>
    Derivation = 4,

    /// <summary>Similar adjectives and pertainyms.</summary>
    Similar = 8,

    All = Synonym | Hypernym | Derivation | Similar,
}
