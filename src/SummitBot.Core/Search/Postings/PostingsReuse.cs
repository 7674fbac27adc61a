using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SummitBot.Search.Postings;

/// <summary>
/// The term and postings enumerators a thread's searches read through, kept from one search to the next: a search
/// (<see cref="Begin"/>) hands out a postings enumerator per clause and segment, and the next search on the same
/// thread reuses them, as Lucene allows (<c>TermsEnum.Docs(…, reuse)</c>), instead of opening and cloning new ones.
/// A search runs on one thread from start to end, and every enumerator handed out during it is its own, so none is
/// shared while in use. Outside a search (an explanation), enumerators are opened as Lucene opens them.
/// </summary>
internal static class PostingsReuse
{
    /// <summary>A search with more clauses on one field than this opens the rest as Lucene does (bounds what a thread keeps).</summary>
    private const int MaxKeptPerField = 256;

    [ThreadStatic]
    private static Pool? t_pool;

    /// <summary>Starts a search over <paramref name="top"/>; disposing it makes the enumerators free again.</summary>
    public static Search Begin(IndexReaderContext top)
    {
        var pool = t_pool ??= new Pool();
        return new Search(pool.Begin(top) ? pool : null);
    }

    /// <summary>The postings of <paramref name="term"/> in <paramref name="context"/>'s segment, at <paramref name="state"/>.</summary>
    public static DocsEnum Docs(AtomicReaderContext context, Term term, TermState state, IBits? acceptDocs)
    {
        if (t_pool is { Searching: true } pool)
        {
            return pool.Docs(context, term, state, acceptDocs);
        }

        var terms = context.AtomicReader.GetTerms(term.Field).GetEnumerator();
        terms.SeekExact(term.Bytes, state);
        return terms.Docs(acceptDocs, null);
    }

    /// <summary>One search's use of the pool; the outermost of nested ones frees it.</summary>
    public readonly struct Search(Pool? pool) : IDisposable
    {
        public void Dispose() => pool?.End();
    }

    /// <summary>A thread's enumerators, per segment and field, for the reader it last searched.</summary>
    internal sealed class Pool
    {
        private readonly Dictionary<(object Segment, string Field), Slot> _slots = [];
        private IndexReaderContext? _top;

        public bool Searching { get; private set; }

        /// <summary>Whether this call started the search (false inside one already under way).</summary>
        public bool Begin(IndexReaderContext top)
        {
            if (Searching)
            {
                return false;
            }

            if (!ReferenceEquals(top, _top))
            {
                // Another snapshot: its segments are other files; let the old enumerators go with the old reader.
                _slots.Clear();
                _top = top;
            }

            Searching = true;
            return true;
        }

        public void End()
        {
            foreach (var slot in _slots.Values)
            {
                slot.Next = 0;
            }

            Searching = false;
        }

        public DocsEnum Docs(AtomicReaderContext context, Term term, TermState state, IBits? acceptDocs)
        {
            var key = (context.AtomicReader.CoreCacheKey, term.Field);
            if (!_slots.TryGetValue(key, out var slot))
            {
                slot = new Slot(context.AtomicReader.GetTerms(term.Field).GetEnumerator());
                _slots.Add(key, slot);
            }

            slot.Terms.SeekExact(term.Bytes, state);
            var reuse = slot.Next < slot.Docs.Count ? slot.Docs[slot.Next] : null;
            var docs = slot.Terms.Docs(acceptDocs, reuse);
            if (reuse is null && slot.Docs.Count < MaxKeptPerField)
            {
                slot.Docs.Add(docs);
            }
            else if (reuse is not null)
            {
                slot.Docs[slot.Next] = docs;
            }

            slot.Next++;
            return docs;
        }
    }

    /// <summary>A segment's field: one term enumerator to seek, and the postings enumerators handed out so far.</summary>
    private sealed class Slot(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;

        public List<DocsEnum> Docs { get; } = [];

        public int Next { get; set; }
    }
}
