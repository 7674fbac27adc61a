namespace SummitBot.Import;

/// <summary>What importing one article did.</summary>
public enum ImportOutcome
{
    /// <summary>A new source file was written.</summary>
    Added,

    /// <summary>The article was already in the knowledge (same address or same text); its file was rewritten.</summary>
    Updated,

    /// <summary>The article was already in the knowledge exactly as it would be written: nothing changed.</summary>
    Unchanged,

    /// <summary>The knowledge already has the article's full text; a feed's summary of it does not replace it.</summary>
    KeptFullText,

    /// <summary>The article (a feed item) could not be imported.</summary>
    Failed,
}
