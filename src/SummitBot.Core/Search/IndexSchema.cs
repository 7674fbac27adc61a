using Lucene.Net.Util;

namespace SummitBot.Search;

/// <summary>The one home of the index schema: the Lucene version and every field name.</summary>
public static class IndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever documents or analysis change, so an index built by older code is rebuilt.</summary>
    public const string SchemaVersion = "1";

    /// <summary>"passage" or "fact".</summary>
    public const string Kind = "kind";

    /// <summary>For passages: "paragraph" or "sentence".</summary>
    public const string Level = "level";

    public const string Id = "id";

    public const string Source = "source";

    /// <summary>Paragraph number within the source, from 0.</summary>
    public const string Paragraph = "paragraph";

    /// <summary>Sentence number within the paragraph, from 0 (-1 for a whole paragraph).</summary>
    public const string Sentence = "sentence";

    /// <summary>The analyzed text: a passage's words, or everything that describes a fact.</summary>
    public const string Text = "text";

    /// <summary>For facts: the entity it is about.</summary>
    public const string About = "about";

    /// <summary>For facts: what it answers (place, date, ...).</summary>
    public const string Asks = "asks";

    public const string PassageKind = "passage";

    public const string FactKind = "fact";
}
