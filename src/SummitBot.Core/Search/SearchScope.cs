using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SummitBot.Search;

/// <summary>
/// The part of the archive one question is about: the sentences of the sources a first, broad search finds for it,
/// with term statistics counted among the sources related to it (those, and up to a scope's number of the next best).
/// How rare a word is decides how much it weighs, and across an archive of other stories every word of this story is
/// rare, so "Kim" would weigh as much as "Putin"; among the sources related to the question, the word that tells their
/// sentences apart weighs most, as it does in a small collection of the story. The statistics are not those of the
/// searched sources alone: when one article alone has the question's rare words, its 23 sentences would make a word
/// every article of the story has ("summit") weigh as much as the rare ones. When the knowledge has no more sources
/// than a scope takes, the scope is the whole index and everything reads the index's own statistics, exactly as
/// without a scope.
/// </summary>
public sealed class SearchScope
{
    private readonly KnowledgeSnapshot _snapshot;
    private readonly DocRanges? _ranges;
    private readonly DocRanges? _statistics;
    private readonly Dictionary<(string Field, string Term), int> _frequencies = [];
    private IndexSearcher? _searcher;

    internal SearchScope(KnowledgeSnapshot snapshot, DocRanges? ranges, DocRanges? statistics = null)
    {
        _snapshot = snapshot;
        _ranges = ranges;
        _statistics = statistics ?? ranges;
    }

    /// <summary>The whole index: the knowledge is small enough to be its own scope.</summary>
    public bool IsWhole => _ranges is null;

    /// <summary>How many sources the scope holds (every source for the whole index).</summary>
    public int Sources => _ranges?.Blocks ?? _snapshot.Contents.ByFile.Count;

    /// <summary>How many documents the scope's statistics count (its related sources').</summary>
    public int DocumentCount => _statistics?.Documents ?? _snapshot.DocumentCount;

    /// <summary>How many of the documents the scope's statistics count contain <paramref name="term"/> (analyzed, in their text).</summary>
    public int DocumentFrequency(string term) => _ranges is null ? _snapshot.DocumentFrequency(term) : Frequency(IndexSchema.Text, term);

    /// <summary>
    /// How much <paramref name="stem"/> tells the scope's sentences apart: ln(1 + N / (df + 1)) over the scope (over the
    /// whole index, the answering model's own weight).
    /// </summary>
    public double Weight(string stem) => Math.Log(1 + (DocumentCount / (double)(DocumentFrequency(stem) + 1)));

    /// <summary>The scope's sentences that best match <paramref name="query"/>, scored with the scope's statistics.</summary>
    public IReadOnlyList<SentenceHit> SearchSentences(Query query, int top) =>
        _ranges is null ? _snapshot.SearchSentences(query, top) : _snapshot.SearchSentences(Searcher, query, new DocRangesFilter(_ranges), top);

    /// <summary>The sources in the scope (for diagnostics: read from each range's first sentence).</summary>
    internal IEnumerable<string> SourceIds() =>
        _ranges is null ? _snapshot.Knowledge.Sources.Keys : _ranges.Starts.Select(doc => _snapshot.SentenceText(doc)?.SourceId ?? "?");

    /// <summary>A searcher over the same reader whose idf is the scope's: Lucene's score then ranks as within these sources alone.</summary>
    private IndexSearcher Searcher => _searcher ??= new ScopedSearcher(this, _snapshot.ReaderContext);

    /// <summary>Documents in the scope that hold <paramref name="term"/> in <paramref name="field"/>, counted once per scope.</summary>
    private int Frequency(string field, string term)
    {
        if (_frequencies.TryGetValue((field, term), out var known))
        {
            return known;
        }

        var count = _statistics!.Count(_snapshot.ReaderContext.Leaves, new Term(field, term));
        _frequencies[(field, term)] = count;
        return count;
    }

    /// <summary>Statistics of the scope instead of the index's, for Lucene's own scoring.</summary>
    private sealed class ScopedSearcher(SearchScope scope, IndexReaderContext context) : IndexSearcher(context)
    {
        public override TermStatistics TermStatistics(Term term, TermContext context) =>
            new(term.Bytes, scope.Frequency(term.Field, term.Text), -1);

        public override CollectionStatistics CollectionStatistics(string field) =>
            new(field, scope.DocumentCount, -1, -1, -1);
    }
}
