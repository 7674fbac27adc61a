using Lucene.Net.Util;

namespace SummitBot.Search;

/// <summary>The one home of the index schema: the Lucene version and every field name.</summary>
public static class IndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever documents or analysis change, so an index built by older code is rebuilt.</summary>
    public const string SchemaVersion = "63";

    /// <summary>"sentence", "source" or "fact".</summary>
    public const string Kind = "kind";

    public const string Source = "source";

    /// <summary>Paragraph number within the source, from 0.</summary>
    public const string Paragraph = "paragraph";

    /// <summary>Sentence number within the paragraph, from 0.</summary>
    public const string Sentence = "sentence";

    /// <summary>The analyzed text: a sentence's words, or everything that describes a fact.</summary>
    public const string Text = "text";

    /// <summary>
    /// For sentences: the words a sentence means without saying them (full names of the people it calls "he" or
    /// "Kim", qualifiers of "the summit" it refers back to); analyzed like <see cref="Text"/>, and stored.
    /// </summary>
    public const string Context = "ctx";

    /// <summary>For sentences: the names, places, dates and events of the sentence before it; analyzed and stored. Weaker evidence.</summary>
    public const string Near = "near";

    /// <summary>For sentences: what was read out of it (people, places, dates, quotes, ...), encoded by <c>AnnotationCodec</c>; stored only.</summary>
    public const string Annotations = "ann";

    /// <summary>For sources: the analyzed words of the headline and of the people, places and organisations its lead names (its setting); stored only.</summary>
    public const string Names = "names";

    /// <summary>
    /// For sources: the people the article names, with their titles; a binary doc value, read for every source when
    /// an index is opened (doc values are read without decompressing the stored fields around them).
    /// </summary>
    public const string People = "people";

    /// <summary>
    /// For sources: the file it was read from, what the file was then (<see cref="Knowledge.FileStamp"/>) and the
    /// article's metadata, as a binary doc value (<see cref="SourceMeta"/>). The index is the manifest of the sources
    /// it holds: a restart compares it with the folder and reads only the files that changed.
    /// </summary>
    public const string Meta = "meta";

    /// <summary>For facts: what it answers (place, date, ...).</summary>
    public const string Asks = "asks";

    /// <summary>
    /// A numeric doc value: the document's place in knowledge order (for a fact, <see cref="FactOrder"/> of its index in
    /// <see cref="Knowledge.KnowledgeBase.Facts"/>; for a sentence, <see cref="SentenceOrder"/>). Facts are found by it
    /// without reading stored fields, and it breaks ties between equal scores, so results never depend on how a
    /// parallel build happened to split documents into segments.
    /// </summary>
    public const string Order = "order";

    public const string SentenceKind = "sentence";

    public const string FactKind = "fact";

    public const string SourceKind = "source";

    /// <summary>Facts' orders start here: far above any sentence's, so a fact is never read as part of a source's block.</summary>
    private const long FactOrderBase = 1L << 62;

    /// <summary>The order of the fact at <paramref name="factIndex"/> in <see cref="Knowledge.KnowledgeBase.Facts"/>.</summary>
    public static long FactOrder(int factIndex) => FactOrderBase + factIndex;

    /// <summary>The index in the knowledge's facts of the fact with this order.</summary>
    public static int FactIndexOf(long order) => (int)(order - FactOrderBase);

    /// <summary>True for the order of a fact (<see cref="FactOrder"/>).</summary>
    public static bool IsFactOrder(long order) => order >= FactOrderBase;

    /// <summary>True for the order of a source's own document (<see cref="SourceOrder"/>).</summary>
    public static bool IsSourceOrder(long order) => (order & 0xFFFFFFFFL) == 0xFFFFFFFFL && order < FactOrderBase;

    /// <summary>The order of sentence <paramref name="sentence"/> of paragraph <paramref name="paragraph"/> of the source at <paramref name="sourceIndex"/>.</summary>
    public static long SentenceOrder(int sourceIndex, int paragraph, int sentence) =>
        ((long)sourceIndex << 32) | ((long)Math.Min(paragraph, 0xFFFF) << 16) | (uint)Math.Min(sentence, 0xFFFF);

    /// <summary>The order of a source's own document: after all its sentences. Its source index is the source's ordinal in the index.</summary>
    public static long SourceOrder(int sourceIndex) => ((long)sourceIndex << 32) | 0xFFFFFFFFL;

    /// <summary>The index of the source a sentence's order belongs to.</summary>
    public static int SourceIndexOf(long order) => (int)(order >> 32);
}
