using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SummitBot.Search;

/// <summary>
/// The sentences of some sources, as sorted, disjoint ranges of top-level document ids (a source's sentences stand
/// next to each other in the index, so each source is one range), and the other documents that belong to those
/// sources (their own documents, their facts), which count in statistics but are never searched as sentences.
/// Deleted documents inside a range are skipped wherever the ranges are read.
/// </summary>
internal sealed class DocRanges
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _others;

    public DocRanges(IEnumerable<(int Start, int End)> sentences, IEnumerable<int> others)
    {
        var sorted = sentences.OrderBy(r => r.Start).ToList();
        _starts = [.. sorted.Select(r => r.Start)];
        _ends = [.. sorted.Select(r => r.End)];
        _others = [.. others.Distinct().Order()];
        Blocks = sorted.Count;
        Documents = sorted.Sum(r => r.End - r.Start) + _others.Length;
    }

    /// <summary>The first document of each range.</summary>
    public IReadOnlyList<int> Starts => _starts;

    /// <summary>How many ranges (sources).</summary>
    public int Blocks { get; }

    /// <summary>How many documents the ranges span.</summary>
    public int Documents { get; }

    /// <summary>The ranges that fall in a segment starting at <paramref name="docBase"/> with <paramref name="maxDoc"/> documents, in the segment's own ids.</summary>
    public (int[] Starts, int[] Ends) In(int docBase, int maxDoc)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        for (var i = 0; i < _starts.Length; i++)
        {
            var start = Math.Max(_starts[i], docBase) - docBase;
            var end = Math.Min(_ends[i], docBase + maxDoc) - docBase;
            if (start < end)
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        return ([.. starts], [.. ends]);
    }

    /// <summary>How many of the documents (sentences and others) hold <paramref name="term"/>: its postings read only where they are.</summary>
    public int Count(IList<AtomicReaderContext> leaves, Term term)
    {
        var count = 0;
        foreach (var leaf in leaves)
        {
            var (starts, ends) = In(leaf.DocBase, leaf.AtomicReader.MaxDoc);
            if (starts.Length == 0 || leaf.AtomicReader.GetTermDocsEnum(term) is not { } docs)
            {
                continue;
            }

            var doc = -1;
            for (var i = 0; i < starts.Length && doc != DocIdSetIterator.NO_MORE_DOCS; i++)
            {
                doc = doc < starts[i] ? docs.Advance(starts[i]) : doc;
                while (doc < ends[i])
                {
                    count++;
                    doc = docs.NextDoc();
                }
            }
        }

        return count + CountOthers(leaves, term);
    }

    private int CountOthers(IList<AtomicReaderContext> leaves, Term term)
    {
        var count = 0;
        var leaf = -1;
        DocsEnum? docs = null;
        var at = -1;
        foreach (var other in _others)
        {
            var next = ReaderUtil.SubIndex(other, leaves);
            if (next != leaf)
            {
                (leaf, docs, at) = (next, leaves[next].AtomicReader.GetTermDocsEnum(term), -1);
            }

            var local = other - leaves[leaf].DocBase;
            if (docs is not null && at < local)
            {
                at = docs.Advance(local);
            }

            count += at == local ? 1 : 0;
        }

        return count;
    }
}

/// <summary>A filter passing the live documents of <see cref="DocRanges"/>.</summary>
internal sealed class DocRangesFilter(DocRanges ranges) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, Lucene.Net.Util.IBits acceptDocs)
    {
        var (starts, ends) = ranges.In(context.DocBase, context.AtomicReader.MaxDoc);
        return starts.Length == 0 ? null : new RangeSet(starts, ends, acceptDocs);
    }

    private sealed class RangeSet(int[] starts, int[] ends, Lucene.Net.Util.IBits? accept) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new RangeIterator(starts, ends, accept);
    }

    private sealed class RangeIterator(int[] starts, int[] ends, Lucene.Net.Util.IBits? accept) : DocIdSetIterator
    {
        private int _range;
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            for (; _range < starts.Length; _range++)
            {
                for (var doc = Math.Max(target, starts[_range]); doc < ends[_range]; doc++)
                {
                    if (accept is null || accept.Get(doc))
                    {
                        return _doc = doc;
                    }
                }
            }

            return _doc = NO_MORE_DOCS;
        }

        public override long GetCost() => ends.Sum() - starts.Sum();
    }
}
