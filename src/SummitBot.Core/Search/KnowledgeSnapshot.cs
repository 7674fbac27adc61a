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

    private static readonly TermQuery IsSentence = new(new Term(IndexSchema.Kind, IndexSchema.SentenceKind));
    private static readonly TermQuery IsSource = new(new Term(IndexSchema.Kind, IndexSchema.SourceKind));

    /// <summary>Sentences only; cached per index segment, so it costs one lookup per segment after the first search.</summary>
    private readonly Filter _sentencesOnly = new CachingWrapperFilter(new QueryWrapperFilter(IsSentence));

    /// <summary>How many sources' names are kept in memory.</summary>
    private const int MaxCachedSources = 20_000;

    /// <summary>How many terms' dictionary states are kept in memory (a few hundred bytes each).</summary>
    private const int MaxCachedTerms = 50_000;

    /// <summary>How many sentences' stored fields are kept in memory (about a kilobyte each).</summary>
    private const int MaxCachedSentences = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _sourceNames = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, SentenceHit> _sentences = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Term, TermContext> _termStates = new();
    private readonly DirectoryReader _reader;
    private readonly SharedDirectory _directory;
    private readonly IList<AtomicReaderContext> _leaves;
    private int _disposed;
    private Dictionary<int, List<int>>? _factDocuments;

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
    public int DocumentFrequency(string term) => TermStates(new Term(IndexSchema.Text, term)).DocFreq;

    /// <summary>
    /// A query for one analyzed term whose place in each segment's term dictionary was looked up once for this
    /// snapshot (<see cref="TermStates"/>), so searching with it seeks no term again.
    /// </summary>
    internal TermQuery TermQuery(string field, string text)
    {
        var term = new Term(field, text);
        return new Postings.ReusingTermQuery(term, TermStates(term));
    }

    /// <summary>
    /// Where <paramref name="term"/> is in each segment, and how many documents hold it: looked up once per snapshot
    /// and kept, up to a bound. Every question looks up tens of terms (its words, their related words, in three
    /// fields) and most recur from question to question, while each lookup opens a term enumerator and seeks the
    /// term dictionary; the profile of the answer loop showed those seeks as a fifth of answering's time. A snapshot
    /// never changes, so neither do the states; searches only read them.
    /// </summary>
    internal TermContext TermStates(Term term)
    {
        if (_termStates.TryGetValue(term, out var states))
        {
            return states;
        }

        states = TermContext.Build(_reader.Context, term);
        if (_termStates.Count < MaxCachedTerms)
        {
            _termStates.TryAdd(term, states);
        }

        return states;
    }

    /// <summary>
    /// The facts whose evidence holds every one of <paramref name="terms"/>, best first, limited to the given kinds of
    /// answer. Every term is required because answering accepts no fact that lacks one: in an archive, facts that
    /// share only a common word ("summit") would otherwise crowd the one that holds them all out of the top.
    /// </summary>
    public IReadOnlyList<Fact> SearchFacts(IReadOnlyCollection<string> terms, IReadOnlyCollection<FactKind>? asks, int top)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery { { TermQuery(IndexSchema.Kind, IndexSchema.FactKind), Occur.MUST } };
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            query.Add(TermQuery(IndexSchema.Text, term), Occur.MUST);
        }

        if (asks is { Count: > 0 })
        {
            query.Add(AnyOf(IndexSchema.Asks, asks.Select(FactKinds.Token)), Occur.MUST);
        }

        using var reuse = Postings.PostingsReuse.Begin(Searcher.TopReaderContext);
        var hits = Searcher.Search(query, null, top, ByScoreThenOrder, doDocScores: false, doMaxScore: false).ScoreDocs;
        var facts = new List<Fact>(hits.Length);
        foreach (var hit in hits)
        {
            // The order doc value is the fact's index in the knowledge this commit was built for (same facts fingerprint).
            facts.Add(Knowledge.Facts[IndexSchema.FactIndexOf(OrderOf(hit.Doc))]);
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

        var query = new BooleanQuery { { TermQuery(IndexSchema.Kind, IndexSchema.SentenceKind), Occur.MUST } };
        foreach (var term in requiredTerms.Distinct(StringComparer.Ordinal))
        {
            query.Add(TermQuery(IndexSchema.Text, term), Occur.MUST);
        }

        using var reuse = Postings.PostingsReuse.Begin(Searcher.TopReaderContext);
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
    public IReadOnlyList<SentenceHit> SearchSentences(Query query, int top) => SearchSentences(Searcher, query, _sentencesOnly, top);

    /// <summary>The sentences <paramref name="filter"/> passes that best match <paramref name="query"/>, as <paramref name="searcher"/> scores them.</summary>
    internal IReadOnlyList<SentenceHit> SearchSentences(IndexSearcher searcher, Query query, Filter filter, int top)
    {
        using var reuse = Postings.PostingsReuse.Begin(searcher.TopReaderContext);
        var hits = searcher.Search(query, filter, top, ByScoreThenOrder, doDocScores: true, doMaxScore: false).ScoreDocs;
        var sentences = new List<SentenceHit>(hits.Length);
        foreach (var hit in hits)
        {
            sentences.Add(SentenceAt(hit.Doc, hit.Score)!);
        }

        return sentences;
    }

    /// <summary>How many sources the index holds.</summary>
    public int SourceCount => Contents.ByFile.Count;

    /// <summary>
    /// The part of the archive <paramref name="probe"/> is about (<see cref="SearchScope"/>): the whole index when the
    /// knowledge holds no more than <paramref name="sources"/> sources; else up to that many sources, those that hold
    /// the most of the probe's distinctive words (<see cref="DistinctiveSources"/>), or, for a probe with none, the
    /// sources of the best <paramref name="depth"/> sentences it finds.
    /// </summary>
    public SearchScope Scope(Query probe, int sources, int depth)
    {
        if (SourceCount <= sources)
        {
            return new SearchScope(this, null);
        }

        var blocks = DistinctiveSources(probe, sources, out var related);
        if (blocks.Count == 0)
        {
            using var reuse = Postings.PostingsReuse.Begin(Searcher.TopReaderContext);
            // Only which sources the best sentences come from counts here, so ties are left in document order, and no
            // filter holds the search to sentences: only sentences and facts have text, and the facts among the best
            // are skipped. Sorting every match of a probe of common words by score and then by its order field cost a
            // fifth of the search, and a filter keeps Lucene from scoring a disjunction a block of documents at a time.
            foreach (var hit in Searcher.Search(InText(probe), null, depth + Math.Min(Knowledge.Facts.Count, MaxFactsSkipped)).ScoreDocs)
            {
                if (IsFactDoc(hit.Doc))
                {
                    continue;
                }

                if (!blocks.Exists(b => b.Start <= hit.Doc && hit.Doc < b.End))
                {
                    blocks.Add(SentencesAround(hit.Doc));
                    if (blocks.Count == sources)
                    {
                        break;
                    }
                }
            }
        }

        // Searched: the sources about the question. Weighed: its related sources too (up to a scope's number), so
        // that a word every article of the story has ("summit") weighs as little as it does in an archive of the
        // story, not as much as a rare word does in the one article that alone has the question's rare words.
        var ranges = new DocRanges(blocks, blocks.SelectMany(OthersOf));
        return new SearchScope(this, ranges, related.Count > blocks.Count ? new DocRanges(related, related.SelectMany(OthersOf)) : ranges);
    }

    /// <summary>How many facts the broad search of <see cref="Scope"/> looks past among its best hits, at most.</summary>
    private const int MaxFactsSkipped = 1_000;

    private bool IsFactDoc(int doc) => IndexSchema.IsFactOrder(OrderOf(doc));

    /// <summary>
    /// The probe's words in the sentences' own text only: a probe with no distinctive word matches much of an archive,
    /// and every document it matches is scored, so its words are not looked for again in what sentences refer back to
    /// and in the sentences before them (three times the postings, for the sources of the same best sentences).
    /// </summary>
    private static Query InText(Query probe)
    {
        if (probe is not BooleanQuery query)
        {
            return probe;
        }

        var text = new BooleanQuery();
        foreach (var clause in query.Clauses)
        {
            if (clause.Query is TermQuery { Term.Field: IndexSchema.Text })
            {
                text.Add(clause);
            }
        }

        return text.Clauses.Count > 0 ? text : probe;
    }

    /// <summary>The documents of a source besides its sentences (<paramref name="block"/>): its own document, just after them, and its facts.</summary>
    private IEnumerable<int> OthersOf((int Start, int End) block)
    {
        var leaf = _leaves[ReaderUtil.SubIndex(block.Start, _leaves)];
        var orders = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Order)!;
        var own = block.End - leaf.DocBase;
        if (own < leaf.AtomicReader.MaxDoc && IndexSchema.IsSourceOrder(orders.Get(own)))
        {
            yield return block.End;
        }

        if (FactDocuments().TryGetValue(IndexSchema.SourceIndexOf(orders.Get(block.Start - leaf.DocBase)), out var facts))
        {
            foreach (var fact in facts)
            {
                yield return fact;
            }
        }
    }

    /// <summary>The facts' documents by the ordinal of the source they cite, read once per snapshot.</summary>
    private Dictionary<int, List<int>> FactDocuments()
    {
        if (_factDocuments is { } known)
        {
            return known;
        }

        var ordinals = Contents.ByFile.Values.ToDictionary(s => s.Source.Id, s => s.Ordinal, StringComparer.Ordinal);
        var byOrdinal = new Dictionary<int, List<int>>();
        foreach (var leaf in _leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.FactKind));
            var orders = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Order);
            for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
            {
                var fact = Knowledge.Facts[IndexSchema.FactIndexOf(orders!.Get(doc))];
                if (ordinals.TryGetValue(fact.SourceId, out var ordinal))
                {
                    if (!byOrdinal.TryGetValue(ordinal, out var list))
                    {
                        byOrdinal[ordinal] = list = [];
                    }

                    list.Add(leaf.DocBase + doc);
                }
            }
        }

        Interlocked.CompareExchange(ref _factDocuments, byOrdinal, null);
        return _factDocuments;
    }

    /// <summary>The most documents a distinctive word is in: about 1 % of an archive of 100,000 articles.</summary>
    private const int DistinctiveUpTo = 20_000;

    /// <summary>A source in a scope holds at least this share of the best source's weight of the probe's distinctive words.</summary>
    private const double ScopeShare = 0.5;

    /// <summary>
    /// The sources that hold the most of the probe's distinctive words (those in at most 5 % of the documents and at
    /// most <see cref="DistinctiveUpTo"/>, each
    /// counted once a source with its weight in the probe), best first, and no weaker than <see cref="ScopeShare"/>
    /// of the best: a source that shares one common word with the question is not about it. <paramref name="related"/>:
    /// the best sources without that cut (up to <paramref name="sources"/>), whose statistics weigh the question's
    /// words. Only the postings of the distinctive words are read, so the cost does not grow with the archive's common
    /// words.
    /// </summary>
    private List<(int Start, int End)> DistinctiveSources(Query probe, int sources, out List<(int Start, int End)> related)
    {
        related = [];
        var limit = Math.Min(DocumentCount / 20, DistinctiveUpTo);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var clause in ((BooleanQuery)probe).Clauses)
        {
            if (clause.Query is TermQuery { Term.Field: IndexSchema.Text } term && (!weights.TryGetValue(term.Term.Text, out var known) || known < term.Boost))
            {
                weights[term.Term.Text] = term.Boost;
            }
        }

        var scores = new Dictionary<int, (double Score, int Doc)>();
        var seen = new HashSet<int>();
        foreach (var (text, weight) in weights)
        {
            if (DocumentFrequency(text) is 0 || DocumentFrequency(text) > limit)
            {
                continue;
            }

            seen.Clear();
            foreach (var leaf in _leaves)
            {
                var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexSchema.Text, text));
                var orders = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Order);
                for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
                {
                    var order = orders!.Get(doc);
                    if (!IndexSchema.IsFactOrder(order) && seen.Add(IndexSchema.SourceIndexOf(order)))
                    {
                        var ordinal = IndexSchema.SourceIndexOf(order);
                        scores[ordinal] = scores.TryGetValue(ordinal, out var score) ? (score.Score + weight, score.Doc) : (weight, leaf.DocBase + doc);
                    }
                }
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        var best = scores.Values.Max(s => s.Score);
        var ranked = scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key).Take(sources).ToList();
        related = [.. ranked.Select(s => SentencesAround(s.Value.Doc))];
        return [.. ranked.Where(s => s.Value.Score >= ScopeShare * best).Select(s => SentencesAround(s.Value.Doc))];
    }

    /// <summary>The reader's top-level context (its segments).</summary>
    internal IndexReaderContext ReaderContext => _reader.Context;

    /// <summary>
    /// The sentences of the source the sentence <paramref name="doc"/> belongs to, as a range of top-level ids: its
    /// neighbours whose order holds the same source index (a source's block never spans segments).
    /// </summary>
    private (int Start, int End) SentencesAround(int doc)
    {
        var leaf = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        var orders = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Order)!;
        var local = doc - leaf.DocBase;
        var source = IndexSchema.SourceIndexOf(orders.Get(local));
        bool Same(int d) => orders.Get(d) is var order && IndexSchema.SourceIndexOf(order) == source && !IndexSchema.IsSourceOrder(order);

        var start = local;
        while (start > 0 && Same(start - 1))
        {
            start--;
        }

        var end = local + 1;
        while (end < leaf.AtomicReader.MaxDoc && Same(end))
        {
            end++;
        }

        return (leaf.DocBase + start, leaf.DocBase + end);
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

    /// <summary>The first sentence of the source <paramref name="sentence"/> belongs to (where a dateline stands), or null.</summary>
    public SentenceHit? Opening(SentenceHit sentence) => SentenceAt(SentencesAround(sentence.Doc).Start, 0) is { } first && first.SourceId == sentence.SourceId ? first : null;

    /// <summary>The sentence stored as document <paramref name="doc"/>, or null if it is not a sentence.</summary>
    internal SentenceHit? SentenceText(int doc) => SentenceAt(doc, 0);

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

    private BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(TermQuery(field, value), Occur.SHOULD);
        }

        return any;
    }
}
