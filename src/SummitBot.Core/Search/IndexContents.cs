using Lucene.Net.Index;
using Lucene.Net.Util;
using SummitBot.Knowledge;

namespace SummitBot.Search;

/// <summary>
/// What one index commit holds: every source (by file) with its ordinal and people, and what the commit was built
/// for. Read from the sources' doc values when an index is opened, then carried from commit to commit by the changes
/// made; immutable, so a snapshot can keep it while the next commit is made.
/// </summary>
internal sealed class IndexContents
{
    private readonly Dictionary<string, IndexedSource> _byFile;
    private PeopleCatalog? _people;

    private IndexContents(Dictionary<string, IndexedSource> byFile, IndexCommitData? data)
    {
        _byFile = byFile;
        Data = data;
        NextOrdinal = byFile.Count == 0 ? 0 : byFile.Values.Max(s => s.Ordinal) + 1;
    }

    /// <summary>What the commit was built for; null for a commit this code did not make (it is rebuilt).</summary>
    public IndexCommitData? Data { get; }

    public IReadOnlyDictionary<string, IndexedSource> ByFile => _byFile;

    /// <summary>The ordinal a source new to the index gets: after every other, so no ordinal is ever given twice.</summary>
    public int NextOrdinal { get; }

    /// <summary>The source the index holds for a file (relative to the knowledge folder), without its text.</summary>
    public SourceDocument? Known(string file) => _byFile.TryGetValue(file, out var indexed) ? indexed.Source : null;

    /// <summary>The people the sources name, read once per contents (the people of unchanged sources are not read again).</summary>
    public PeopleCatalog People(Func<string, List<string>> analyze)
    {
        if (_people is null)
        {
            var catalog = new PeopleCatalog();
            foreach (var source in _byFile.Values.OrderBy(s => s.Ordinal))
            {
                catalog.Add(source.Source.Id, source.People);
            }

            catalog.Seal(analyze);
            Interlocked.CompareExchange(ref _people, catalog, null);
        }

        return _people;
    }

    public static IndexContents From(IEnumerable<IndexedSource> sources, IndexCommitData data) =>
        new(sources.ToDictionary(s => s.Source.File, StringComparer.Ordinal), data);

    /// <summary>These contents with <paramref name="removed"/> taken out (by file) and <paramref name="added"/> put in.</summary>
    public IndexContents With(IEnumerable<IndexedSource> removed, IEnumerable<IndexedSource> added, IndexCommitData data)
    {
        var byFile = new Dictionary<string, IndexedSource>(_byFile, StringComparer.Ordinal);
        foreach (var source in removed)
        {
            byFile.Remove(source.Source.File);
        }

        foreach (var source in added)
        {
            byFile[source.Source.File] = source;
        }

        return new IndexContents(byFile, data);
    }

    /// <summary>Reads every live source document's doc values: no stored field is decompressed.</summary>
    public static IndexContents Read(DirectoryReader reader)
    {
        var byFile = new Dictionary<string, IndexedSource>(StringComparer.Ordinal);
        var pool = new StringPool();
        var meta = new BytesRef();
        var people = new BytesRef();
        var kind = new Term(IndexSchema.Kind, IndexSchema.SourceKind);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var docs = segment.GetTermDocsEnum(kind);
            var metas = segment.GetBinaryDocValues(IndexSchema.Meta);
            var peoples = segment.GetBinaryDocValues(IndexSchema.People);
            var orders = segment.GetNumericDocValues(IndexSchema.Order);
            if (docs is null || metas is null || peoples is null || orders is null)
            {
                continue;
            }

            var live = segment.LiveDocs;
            for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                metas.Get(doc, meta);
                var source = SourceMeta.Decode(meta.Bytes.AsSpan(meta.Offset, meta.Length), pool)
                    ?? throw new InvalidDataException($"A source document of the index has metadata this code cannot read (segment {segment}, document {doc}).");
                peoples.Get(doc, people);
                var ordinal = IndexSchema.SourceIndexOf(orders.Get(doc));
                byFile[source.File] = new IndexedSource(source, ordinal, System.Text.Encoding.UTF8.GetString(people.Bytes, people.Offset, people.Length));
            }
        }

        return new IndexContents(byFile, IndexCommitData.From(reader.IndexCommit.UserData));
    }
}
