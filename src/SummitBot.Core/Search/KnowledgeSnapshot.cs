using Lucene.Net.Index;
using Lucene.Net.Search;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// One consistent generation of knowledge and its index. A turn takes the current snapshot once and uses only it,
/// so a reload never shows a turn half old and half new knowledge. Searches build queries from analyzed terms
/// (never through a query parser), so no user text can be read as query syntax.
/// </summary>
public sealed class KnowledgeSnapshot : IDisposable
{
    /// <summary>Best score first; equal scores in knowledge order, whatever segments the documents landed in.</summary>
    private static readonly Sort ByScoreThenOrder = new(SortField.FIELD_SCORE, new SortField(IndexSchema.Order, SortFieldType.INT64));

    private static readonly TermQuery IsFact = new(new Term(IndexSchema.Kind, IndexSchema.FactKind));
    private static readonly TermQuery IsSentence = new(new Term(IndexSchema.Kind, IndexSchema.SentenceKind));
    private static readonly TermQuery IsSource = new(new Term(IndexSchema.Kind, IndexSchema.SourceKind));

    /// <summary>Sentences only; cached per index segment, so it costs one lookup per segment after the first search.</summary>
    private readonly Filter _sentencesOnly = new CachingWrapperFilter(new QueryWrapperFilter(IsSentence));

    /// <summary>How many sources' names are kept in memory.</summary>
    private const int MaxCachedSources = 20_000;

    /// <summary>How many sentences' stored fields are kept in memory (about a kilobyte each).</summary>
    private const int MaxCachedSentences = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _sourceNames = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, SentenceHit> _sentences = new();
    private readonly DirectoryReader _reader;
    private readonly SharedDirectory _directory;
    private readonly IList<AtomicReaderContext> _leaves;
    private int _disposed;

    /// <summary>A snapshot of one commit: takes over one reference to <paramref name="reader"/> and one hold on <paramref name="directory"/>.</summary>
    internal KnowledgeSnapshot(KnowledgeBase knowledge, SummitAnalyzer analyzer, DirectoryReader reader, SharedDirectory directory, IndexContents contents, string indexFolder, IndexUpdate update)
    {
        Knowledge = knowledge;
        Analyzer = analyzer;
        _directory = directory;
        _reader = reader;
        _leaves = _reader.Leaves;
        Searcher = new IndexSearcher(_reader);
        IndexFolder = indexFolder;
        Contents = contents;
        Update = update;
        People = contents.People(analyzer.Terms);
    }

    /// <summary>Every person the sources name, learned from their text at index time.</summary>
    public PeopleCatalog People { get; }

    public KnowledgeBase Knowledge { get; }

    public SummitAnalyzer Analyzer { get; }

    public string IndexFolder { get; }

    /// <summary>What opening this snapshot's commit did (reused, updated or rebuilt the index) and how long it took.</summary>
    public IndexUpdate Update { get; }

    /// <summary>The sources this snapshot's commit holds; what the next load need not read again.</summary>
    internal IndexContents Contents { get; }

    /// <summary>What this snapshot's commit was built for.</summary>
    internal IndexCommitData Built => Contents.Data!;

    internal IndexSearcher Searcher { get; }

    /// <summary>How many documents the index holds (sentences, sources and facts).</summary>
    public int DocumentCount => _reader.NumDocs;

    /// <summary>How many indexed documents contain <paramref name="term"/> (0: the knowledge never uses the word).</summary>
    public int DocumentFrequency(string term) => _reader.DocFreq(new Term(IndexSchema.Text, term));

    /// <summary>
    /// The facts whose evidence holds every one of <paramref name="terms"/>, best first, limited to the given kinds of
    /// answer. Every term is required because answering accepts no fact that lacks one: in an archive, facts that
    /// share only a common word ("summit") would otherwise crowd the one that holds them all out of the top.
    /// </summary>
    public IReadOnlyList<Fact> SearchFacts(IReadOnlyCollection<string> terms, IReadOnlyCollection<string>? asks, int top)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery { { IsFact, Occur.MUST } };
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(IndexSchema.Text, term)), Occur.MUST);
        }

        if (asks is { Count: > 0 })
        {
            query.Add(AnyOf(IndexSchema.Asks, asks), Occur.MUST);
        }

        var hits = Searcher.Search(query, null, top, ByScoreThenOrder, doDocScores: false, doMaxScore: false).ScoreDocs;
        var facts = new List<Fact>(hits.Length);
        foreach (var hit in hits)
        {
            // The order doc value is the fact's index in the knowledge this commit was built for (same facts fingerprint).
            facts.Add(Knowledge.Facts[(int)OrderOf(hit.Doc)]);
        }

        return facts;
    }

    /// <summary>Sentences that contain every one of <paramref name="requiredTerms"/>, best first.</summary>
    public IReadOnlyList<PassageHit> SearchSentences(IReadOnlyCollection<string> requiredTerms, int top)
    {
        if (requiredTerms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery { { IsSentence, Occur.MUST } };
        foreach (var term in requiredTerms.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(IndexSchema.Text, term)), Occur.MUST);
        }

        var hits = Searcher.Search(query, null, top, ByScoreThenOrder, doDocScores: true, doMaxScore: false).ScoreDocs;
        var passages = new List<PassageHit>(hits.Length);
        foreach (var hit in hits)
        {
            var doc = Searcher.Doc(hit.Doc);
            passages.Add(new PassageHit(
                doc.Get(IndexSchema.Source),
                doc.GetField(IndexSchema.Paragraph).GetInt32Value() ?? 0,
                doc.GetField(IndexSchema.Sentence).GetInt32Value() ?? 0,
                doc.Get(IndexSchema.Text),
                hit.Score));
        }

        return passages;
    }

    /// <summary>The sentences that best match <paramref name="query"/> (a query built from analyzed terms), with their stored fields.</summary>
    public IReadOnlyList<SentenceHit> SearchSentences(Query query, int top)
    {
        var hits = Searcher.Search(query, _sentencesOnly, top, ByScoreThenOrder, doDocScores: true, doMaxScore: false).ScoreDocs;
        var sentences = new List<SentenceHit>(hits.Length);
        foreach (var hit in hits)
        {
            sentences.Add(SentenceAt(hit.Doc, hit.Score)!);
        }

        return sentences;
    }

    /// <summary>The sentence <paramref name="offset"/> places from <paramref name="sentence"/> in the same source (a source's sentences stand together), or null.</summary>
    public SentenceHit? Neighbour(SentenceHit sentence, int offset)
    {
        var doc = sentence.Doc + offset;
        if (doc < 0 || doc >= _reader.MaxDoc)
        {
            return null;
        }

        var neighbour = SentenceAt(doc, 0);
        return neighbour is not null && neighbour.SourceId == sentence.SourceId ? neighbour : null;
    }

    private SentenceHit? SentenceAt(int doc, float score)
    {
        // Stored fields are decompressed a block at a time: the sentences questions touch are kept, up to a bound.
        if (_sentences.TryGetValue(doc, out var known))
        {
            return known.Score == score ? known : known with { Score = score };
        }

        var read = ReadSentence(doc, score);
        if (read is not null && _sentences.Count < MaxCachedSentences)
        {
            _sentences.TryAdd(doc, read);
        }

        return read;
    }

    private SentenceHit? ReadSentence(int doc, float score)
    {
        var stored = Searcher.Doc(doc);
        var text = stored.Get(IndexSchema.Text);
        if (text is null || stored.GetField(IndexSchema.Paragraph) is null)
        {
            return null;
        }

        return new SentenceHit(
            doc,
            score,
            stored.Get(IndexSchema.Source),
            stored.GetField(IndexSchema.Paragraph).GetInt32Value() ?? 0,
            stored.GetField(IndexSchema.Sentence).GetInt32Value() ?? 0,
            text,
            stored.Get(IndexSchema.Context) ?? string.Empty,
            stored.Get(IndexSchema.Near) ?? string.Empty,
            stored.Get(IndexSchema.Annotations) ?? string.Empty,
            OrderOf(doc));
    }

    /// <summary>The analyzed words of a source's headline and of every name in it (kept for the sources questions touch, up to a bound).</summary>
    public IReadOnlySet<string> SourceNames(string sourceId)
    {
        if (_sourceNames.TryGetValue(sourceId, out var names))
        {
            return names;
        }

        var query = new BooleanQuery { { IsSource, Occur.MUST }, { new TermQuery(new Term(IndexSchema.Source, sourceId)), Occur.MUST } };
        var hit = Searcher.Search(query, 1).ScoreDocs.FirstOrDefault();
        names = hit is null ? [] : new HashSet<string>((Searcher.Doc(hit.Doc).Get(IndexSchema.Names) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        if (_sourceNames.Count < MaxCachedSources)
        {
            _sourceNames.TryAdd(sourceId, names);
        }

        return names;
    }

    /// <summary>Lets go of this snapshot's commit; segments a newer snapshot shares stay open for it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _reader.DecRef();
            _directory.Release();
        }
    }

    /// <summary>The <see cref="IndexSchema.Order"/> doc value of a top-level document id.</summary>
    private long OrderOf(int doc)
    {
        var leaf = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        // The segment reader caches its doc values per thread, so this is a lookup, not a load.
        var orders = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Order)
            ?? throw new InvalidDataException($"The index in {IndexFolder} has no '{IndexSchema.Order}' values; it was built by other code.");
        return orders.Get(doc - leaf.DocBase);
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }
}
