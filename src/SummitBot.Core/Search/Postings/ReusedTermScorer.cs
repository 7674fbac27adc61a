using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SummitBot.Search.Postings;

/// <summary>Lucene's term scorer (internal to Lucene): a postings list scored by the similarity, document by document.</summary>
internal sealed class ReusedTermScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
{
    public override int DocID => docs.DocID;

    public override int Freq => docs.Freq;

    public override int NextDoc() => docs.NextDoc();

    public override int Advance(int target) => docs.Advance(target);

    public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

    public override long GetCost() => docs.GetCost();
}
