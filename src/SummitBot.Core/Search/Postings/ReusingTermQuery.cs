using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SummitBot.Search.Postings;

/// <summary>
/// A <see cref="TermQuery"/> that scores exactly as Lucene's does, but reads its postings through enumerators the
/// searching thread keeps (<see cref="PostingsReuse"/>). Lucene's own opens a term enumerator and a postings
/// enumerator for every clause of every search, and each postings enumerator clones the memory-mapped postings file,
/// which registers the clone in a weak table: a question's query has tens of clauses, and those clones were the
/// largest single cost of a search in the answer loop's profile.
/// </summary>
internal sealed class ReusingTermQuery : TermQuery
{
    private readonly TermContext _states;

    public ReusingTermQuery(Term term, TermContext states)
        : base(term, states)
    {
        _states = states;
    }

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var top = searcher.TopReaderContext;
        var current = _states.TopReaderContext == top ? _states : TermContext.Build(top, Term);
        return new ReusingTermWeight(this, searcher, current);
    }
}
